namespace Cms.Domain.Settings;

/// <summary>
/// The settings every read uses, kept in memory: reads cost a field access. A save on this instance replaces them at once;
/// other instances pick the change up on their next <see cref="RefreshAsync"/>, which asks the store only for the version.
/// </summary>
public sealed class SiteSettingsCache(ISiteSettingsStore store, SiteSettings defaults)
{
    private StoredSettings current = new(defaults, 0, null);

    /// <summary>The settings as last loaded or saved here.</summary>
    public StoredSettings Current => Volatile.Read(ref current);

    /// <summary>The settings a site starts with, from configuration.</summary>
    public SiteSettings Defaults => defaults;

    /// <summary>Reloads the settings when the stored version differs from the one in memory; true when they changed.</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        var version = await store.VersionAsync(cancellationToken);
        if (version == Current.Version) return false;
        Keep(await store.FindAsync(cancellationToken) ?? new StoredSettings(defaults, 0, null), force: true);
        return true;
    }

    /// <summary>Takes settings just saved, unless a newer version is already here.</summary>
    public void Keep(StoredSettings saved) => Keep(saved, force: false);

    private void Keep(StoredSettings saved, bool force)
    {
        while (true)
        {
            var seen = Current;
            if (!force && seen.Version >= saved.Version) return;
            if (ReferenceEquals(Interlocked.CompareExchange(ref current, saved, seen), seen)) return;
        }
    }
}
