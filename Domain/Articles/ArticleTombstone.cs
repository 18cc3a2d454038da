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

    /// <summary>Removes a tombstone for good; false when there is none with this id.</summary>
    Task<bool> PurgeAsync(Guid id, CancellationToken cancellationToken);
}
