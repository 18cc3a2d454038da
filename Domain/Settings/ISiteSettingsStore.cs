using Cms.Domain.Common;

namespace Cms.Domain.Settings;

/// <summary>Settings as stored, with their change count; version 0 means the defaults, never saved.</summary>
public sealed record StoredSettings(SiteSettings Settings, int Version, DateTimeOffset? UpdatedAt);

/// <summary>Where the site's settings are kept.</summary>
public interface ISiteSettingsStore
{
    /// <summary>The saved settings, or null when none were ever saved.</summary>
    Task<StoredSettings?> FindAsync(CancellationToken cancellationToken);

    /// <summary>The saved settings' version, 0 when none were ever saved: a cheap check that the copy in memory is current.</summary>
    Task<int> VersionAsync(CancellationToken cancellationToken);

    /// <summary>Saves the settings if they are still at <paramref name="loadedVersion"/>; stale otherwise.</summary>
    Task<Failure?> SaveAsync(StoredSettings settings, int loadedVersion, CancellationToken cancellationToken);
}
