using Cms.Domain.Common;

namespace Cms.Domain.Articles;

/// <summary>
/// The one way an article's list of other articles is read and replaced: the article found, its list checked against the
/// caller's precondition, the keys given resolved to other existing articles, and the list stored over the version read.
/// </summary>
public sealed class LinkedArticlesDesk(IArticleStore articles, IArticleCatalog catalog, string list,
    Func<Guid, CancellationToken, Task<LinkedArticles<Guid>?>> read)
{
    /// <summary>Stores the list as the articles it now holds, if it is still at the version read; or says why not.</summary>
    public delegate Task<Failure?> Save(ArticleView article, IReadOnlyList<Guid> ids, IReadOnlyList<ArticleView> listed, int loadedVersion);

    /// <summary>The list's articles the audience may see, at the list's version, or null when the article itself is not visible.</summary>
    public async Task<LinkedArticles<ArticleView>?> ListAsync(string key, Audience audience, CancellationToken cancellationToken)
    {
        var article = await catalog.FindAsync(key, audience, BodyFormats.None, cancellationToken);
        if (article is null || await read(article.Id, cancellationToken) is not { } linked) return null;
        return linked.Showing(await catalog.FindManyAsync(linked.Articles, audience, BodyFormats.None, cancellationToken));
    }

    /// <summary>Replaces the list, guarded by the version the caller last saw when it gives one; otherwise the last writer wins.</summary>
    public Task<Outcome<LinkedArticles<ArticleView>>> ReplaceAsync(string key, IReadOnlyList<string> keys, Precondition precondition,
        Save save, CancellationToken cancellationToken) =>
        precondition.RunAsync<LinkedArticles<ArticleView>>($"{list}:{key}", async () =>
        {
            var article = await catalog.FindAsync(key, Audience.Newsroom, BodyFormats.None, cancellationToken);
            if (article is null || await read(article.Id, cancellationToken) is not { } current) return Failure.NotFound("article", key);
            if (!precondition.Admits(current.Resource, current.Version)) return ArticleLists.Stale(list);
            var resolved = await KeyResolution.ResolveAsync("articles", "article", keys, articles.FindIdsAsync, cancellationToken, article.Id);
            if (resolved.Failure is { } unknown) return unknown;
            var listed = await catalog.FindManyAsync(resolved.Value!, Audience.Newsroom, BodyFormats.None, cancellationToken);
            if (await save(article, resolved.Value!, listed, current.Version) is { } refused) return refused;
            return current.Showing(listed) with { Version = current.Version + 1 };
        }, cancellationToken);
}
