using Cms.Domain.Articles;
using Cms.Domain.Common;

namespace Cms.Domain.Related;

/// <summary>The editor's picks for an article's related list.</summary>
public sealed class PicksDesk(IArticleStore articles, IArticleCatalog catalog, IRelatedStore store)
{
    /// <summary>The most picks an article may have.</summary>
    public const int MaxPicks = 30;

    private readonly LinkedArticlesDesk linked = new(articles, catalog, ArticleLists.Picks, store.PickListAsync);

    /// <summary>The picks, whatever their status, at the list's version, or null when there is no such article.</summary>
    public Task<LinkedArticles<ArticleView>?> ListAsync(string key, CancellationToken cancellationToken) =>
        linked.ListAsync(key, Audience.Newsroom, cancellationToken);

    /// <summary>
    /// Replaces the picks, guarded by the version of the list the caller last saw when it gives one; each must be another
    /// existing article, named once.
    /// </summary>
    public Task<Outcome<LinkedArticles<ArticleView>>> ReplaceAsync(string key, IReadOnlyList<string> keys, Precondition precondition,
        CancellationToken cancellationToken) =>
        linked.ReplaceAsync(key, keys, precondition,
            (article, ids, _, loadedVersion) => store.SavePicksAsync(article.Id, ids, loadedVersion, cancellationToken), cancellationToken);
}
