using Cms.Domain.Articles;
using Cms.Domain.Common;

namespace Cms.Domain.Related;

/// <summary>The editor's picks for an article's related list.</summary>
public sealed class PicksDesk(IArticleStore articles, IArticleCatalog catalog, IRelatedStore store)
{
    /// <summary>The most picks an article may have.</summary>
    public const int MaxPicks = 30;

    /// <summary>The picks, whatever their status, at the list's version, or null when there is no such article.</summary>
    public async Task<LinkedArticles<ArticleView>?> ListAsync(string key, CancellationToken cancellationToken)
    {
        var article = await catalog.FindAsync(key, Audience.Newsroom, BodyFormats.None, cancellationToken);
        if (article is null || await store.PickListAsync(article.Id, cancellationToken) is not { } picks) return null;
        return picks.Showing(await catalog.FindManyAsync(picks.Articles, Audience.Newsroom, BodyFormats.None, cancellationToken));
    }

    /// <summary>
    /// Replaces the picks, guarded by the version of the list the caller last saw when it gives one; each must be another
    /// existing article, named once.
    /// </summary>
    public Task<Outcome<LinkedArticles<ArticleView>>> ReplaceAsync(string key, IReadOnlyList<string> keys, Precondition precondition,
        CancellationToken cancellationToken) =>
        precondition.RunAsync<LinkedArticles<ArticleView>>($"picks:{key}", async () =>
        {
            var article = await catalog.FindAsync(key, Audience.Newsroom, BodyFormats.None, cancellationToken);
            if (article is null || await store.PickListAsync(article.Id, cancellationToken) is not { } current) return Failure.NotFound("article", key);
            if (!precondition.Admits(current.Resource, current.Version)) return ArticleLists.Stale(ArticleLists.Picks);
            var resolved = await KeyResolution.ResolveAsync("articles", "article", keys, articles.FindIdsAsync, cancellationToken, article.Id);
            if (resolved.Failure is { } unknown) return unknown;
            if (await store.SavePicksAsync(article.Id, resolved.Value!, current.Version, cancellationToken) is { } refused) return refused;
            var picks = await catalog.FindManyAsync(resolved.Value!, Audience.Newsroom, BodyFormats.None, cancellationToken);
            return current.Showing(picks) with { Version = current.Version + 1 };
        }, cancellationToken);
}
