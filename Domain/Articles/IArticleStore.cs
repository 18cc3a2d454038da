using Cms.Domain.Articles.Body;
using Cms.Domain.Common;
using Cms.Domain.Webhooks;

namespace Cms.Domain.Articles;

/// <summary>Where articles are kept, each written whole with its links, or not at all.</summary>
public interface IArticleStore
{
    /// <summary>The article with this id or slug, whatever its status.</summary>
    Task<Article?> FindAsync(string key, CancellationToken cancellationToken);

    /// <summary>True when another article than <paramref name="except"/> already has the slug.</summary>
    Task<bool> SlugTakenAsync(string slug, Guid? except, CancellationToken cancellationToken);

    /// <summary>The ids of the articles named by these ids or slugs; unknown keys are absent.</summary>
    Task<IReadOnlyDictionary<string, Guid>> FindIdsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Stores a new article with its first revision and the event announcing it; a conflict when its slug is taken.</summary>
    Task<Failure?> InsertAsync(Article article, RenderedBody body, ArticleRevision revision, NewsroomEvent change, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a changed article, the revision the change left and the event announcing it, if the article is still at
    /// <paramref name="loadedVersion"/>; stale otherwise, and then nothing is written.
    /// </summary>
    Task<Failure?> UpdateAsync(Article article, RenderedBody? body, int loadedVersion, ArticleRevision revision, NewsroomEvent change,
        CancellationToken cancellationToken);

    /// <summary>
    /// Removes an article if it is still at <paramref name="loadedVersion"/>, leaving a tombstone dated <paramref name="at"/> and
    /// the event announcing it; stale otherwise.
    /// </summary>
    Task<Failure?> DeleteAsync(Guid id, int loadedVersion, DateTimeOffset at, NewsroomEvent change, CancellationToken cancellationToken);

    /// <summary>The scheduled articles whose publication time is at or before <paramref name="now"/>, earliest first.</summary>
    Task<IReadOnlyList<Guid>> FindDueAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
