using Cms.Domain.Articles.Body;
using Cms.Domain.Common;
using Cms.Domain.Webhooks;

namespace Cms.Domain.Articles;

/// <summary>Where articles are kept, each written whole with its links and the event that announces the change, or not at all.</summary>
public interface IArticleStore
{
    /// <summary>The article with this id or slug, whatever its status.</summary>
    Task<Article?> FindAsync(string key, CancellationToken cancellationToken);

    /// <summary>True when another article than <paramref name="except"/> already has the slug.</summary>
    Task<bool> SlugTakenAsync(string slug, Guid? except, CancellationToken cancellationToken);

    /// <summary>The ids of the articles named by these ids or slugs; unknown keys are absent.</summary>
    Task<IReadOnlyDictionary<string, Guid>> FindIdsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Stores a new article and its event; a conflict when its slug is taken.</summary>
    Task<Failure?> InsertAsync(Article article, RenderedBody body, NewsroomEvent change, CancellationToken cancellationToken);

    /// <summary>Stores a changed article and its event if it is still at <paramref name="loadedVersion"/>; stale otherwise.</summary>
    Task<Failure?> UpdateAsync(Article article, RenderedBody? body, int loadedVersion, NewsroomEvent change, CancellationToken cancellationToken);

    /// <summary>Removes an article, recording its event, if it is still at <paramref name="loadedVersion"/>; stale otherwise.</summary>
    Task<Failure?> DeleteAsync(Guid id, int loadedVersion, NewsroomEvent change, CancellationToken cancellationToken);
}
