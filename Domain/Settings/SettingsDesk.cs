using Cms.Domain.Common;

namespace Cms.Domain.Settings;

/// <summary>The one way the site's settings are changed.</summary>
public sealed class SettingsDesk(ISiteSettingsStore store, SiteSettingsCache cache, IClock clock)
{
    /// <summary>Replaces the settings, guarded by the version the caller last saw when it gives one; otherwise the last writer wins.</summary>
    public Task<Outcome<StoredSettings>> ReplaceAsync(SiteSettings settings, Precondition precondition, CancellationToken cancellationToken) =>
        precondition.RunAsync<StoredSettings>(Resource, async () =>
        {
            var version = (await store.FindAsync(cancellationToken))?.Version ?? 0;
            if (!precondition.Admits(Resource, version)) return Stale;
            var saved = new StoredSettings(settings, version + 1, clock.Now);
            if (await store.SaveAsync(saved, version, cancellationToken) is { } refused) return refused;
            cache.Keep(saved);
            return saved;
        }, cancellationToken);

    /// <summary>How the settings are named to a precondition: there is one record of them.</summary>
    public const string Resource = "settings";

    /// <summary>The refusal when someone else saved the settings in between.</summary>
    public static readonly Failure Stale =
        new(FailureKind.Stale, "precondition-failed", "The settings have changed since the ETag given in If-Match.");
}
