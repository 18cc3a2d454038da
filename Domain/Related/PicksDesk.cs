using Cms.Domain.Articles;
using Cms.Domain.Common;

namespace Cms.Domain.Related;

/// <summary>The editor's picks for an article's related list.</summary>
public sealed class PicksDesk(IArticleStore articles, IArticleCatalog catalog, IRelatedStore store)
{
    /// <summary>The most picks an article may have.</summary>
    public const int MaxPicks = 30;

    /// <summary>The picks, whatever their status, or null when there is no such article.</summary>
    public async Task<IReadOnlyList<ArticleView>?> ListAsync(string key, CancellationToken cancellationToken)
    {
        var article = await catalog.FindAsync(key, Audience.Newsroom, BodyFormats.None, cancellationToken);
        if (article is null) return null;
        return await catalog.FindManyAsync(await store.PicksAsync(article.Id, cancellationToken), Audience.Newsroom, BodyFormats.None, cancellationToken);
    }

    /// <summary>Replaces the picks; each must be another existing article, named once.</summary>
    public async Task<Outcome<IReadOnlyList<ArticleView>>> ReplaceAsync(string key, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var article = await catalog.FindAsync(key, Audience.Newsroom, BodyFormats.None, cancellationToken);
        if (article is null) return Failure.NotFound("article", key);
        var resolved = await KeyResolution.ResolveAsync("articles", "article", keys, articles.FindIdsAsync, cancellationToken, article.Id);
        if (resolved.Failure is { } unknown) return unknown;
        await store.SavePicksAsync(article.Id, resolved.Value!, cancellationToken);
        return (await catalog.FindManyAsync(resolved.Value!, Audience.Newsroom, BodyFormats.None, cancellationToken)).ToList();
    }
}
