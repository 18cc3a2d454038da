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

    /// <summary>Stores a new key.</summary>
    Task InsertAsync(ApiKey key, CancellationToken cancellationToken);

    /// <summary>Marks a key revoked at <paramref name="at"/> unless it already is; false when there is no such key.</summary>
    Task<bool> RevokeAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records that the key was used at <paramref name="at"/>.</summary>
    Task TouchAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken);
}
