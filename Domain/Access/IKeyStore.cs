using Cms.Domain.Common;

namespace Cms.Domain.Access;

/// <summary>Where API keys are kept.</summary>
public interface IKeyStore
{
    /// <summary>The keys whose secret starts with <paramref name="prefix"/>, whatever their state.</summary>
    Task<IReadOnlyList<ApiKey>> FindByPrefixAsync(string prefix, CancellationToken cancellationToken);

    /// <summary>The key with this id, with its author.</summary>
    Task<ListedKey?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>A page of keys, newest first.</summary>
    Task<Page<ListedKey>> ListAsync(PageRequest page, CancellationToken cancellationToken);

    /// <summary>Stores a new key; false, and nothing stored, when the author it acts for is gone.</summary>
    Task<bool> InsertAsync(ApiKey key, CancellationToken cancellationToken);

    /// <summary>
    /// Marks a key revoked at <paramref name="at"/> unless it already is, or unless it is the last admin key working then, or
    /// is no longer at <paramref name="loadedVersion"/>: the checks and the change are one write, so two admins revoking each
    /// other's keys at once cannot both succeed.
    /// </summary>
    Task<Revocation> RevokeAsync(Guid id, int loadedVersion, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records that the key was used at <paramref name="at"/>.</summary>
    Task TouchAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken);
}

/// <summary>What became of a request to revoke a key.</summary>
public enum Revocation
{
    /// <summary>The key is revoked (or already was).</summary>
    Revoked,
    /// <summary>There is no such key.</summary>
    NoSuchKey,
    /// <summary>Refused: it is the only admin key neither revoked nor expired, and without it no one could manage keys over the API.</summary>
    LastAdmin,
    /// <summary>Refused: the key was revoked since it was read at the version given.</summary>
    Changed,
}
