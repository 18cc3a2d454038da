using Cms.Domain.Common;

namespace Cms.Domain.Articles;

/// <summary>What is left of a deleted article, so that clients that sync can drop their copy.</summary>
public sealed record ArticleTombstone(Guid Id, string Slug, DateTimeOffset DeletedAt);

/// <summary>The tombstones of deleted articles.</summary>
public interface IArticleTombstones
{
    /// <summary>
    /// Tombstones deleted after <paramref name="since"/>, oldest first; the public only learns of articles that had been
    /// published, so a deleted draft's slug never leaks.
    /// </summary>
    Task<Page<ArticleTombstone>> ListAsync(DateTimeOffset? since, PageRequest page, Audience audience, CancellationToken cancellationToken);

    /// <summary>The version of the list of tombstones: every tombstone left or purged moves it on.</summary>
    Task<int> VersionAsync(CancellationToken cancellationToken);

    /// <summary>The version of the list of tombstones when it holds one with this id; none when it does not.</summary>
    Task<int?> VersionHoldingAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Removes a tombstone for good if the list is still at <paramref name="loadedVersion"/>; a stale refusal otherwise.</summary>
    Task<Failure?> PurgeAsync(Guid id, int loadedVersion, CancellationToken cancellationToken);
}
