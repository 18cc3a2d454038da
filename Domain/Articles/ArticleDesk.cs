using Cms.Domain.Articles.Body;
using Cms.Domain.Common;
using Cms.Domain.Webhooks;

namespace Cms.Domain.Articles;

/// <summary>The one way articles are written, whichever door the request came through.</summary>
public sealed class ArticleDesk(IArticleStore articles, IArticleReferences references, ArticleLinks links, IClock clock)
{
    /// <summary>Files a new draft.</summary>
    public async Task<Outcome<Article>> CreateAsync(ArticleDraft draft, CancellationToken cancellationToken)
    {
        var prepared = await PrepareAsync(draft, null, cancellationToken);
        if (prepared.Failure is { } failure) return failure;
        var (slug, content, body) = prepared.Value!;
        var article = Article.Draft(slug, content, clock.Now);
        var change = NewsroomEvents.Article(article.Id, null, EventSide.Of(article, links), article.UpdatedAt);
        return await articles.InsertAsync(article, body, change, cancellationToken) is { } refused ? refused : article;
    }

    /// <summary>Replaces what the editors wrote on an existing article.</summary>
    public async Task<Outcome<Article>> ReplaceAsync(string key, ArticleDraft draft, int? ifMatch, CancellationToken cancellationToken)
    {
        var found = await FindCurrentAsync(key, ifMatch, cancellationToken);
        if (found.Failure is { } failure) return failure;
        var article = found.Value!;
        var prepared = await PrepareAsync(draft, article, cancellationToken);
        if (prepared.Failure is { } invalid) return invalid;
        var (slug, content, body) = prepared.Value!;
        var loadedVersion = article.Version;
        var before = EventSide.Of(article, links);
        article.Revise(slug, content, clock.Now);
        var change = NewsroomEvents.Article(article.Id, before, EventSide.Of(article, links), article.UpdatedAt);
        return await articles.UpdateAsync(article, body, loadedVersion, change, cancellationToken) is { } refused ? refused : article;
    }

    /// <summary>Publishes now, backdated, or (with a future time) schedules.</summary>
    public Task<Outcome<Article>> PublishAsync(string key, DateTimeOffset? at, int? ifMatch, CancellationToken cancellationToken) =>
        ChangeAsync(key, ifMatch, article => article.Publish(at, clock.Now), cancellationToken);

    /// <summary>Takes a public or scheduled article back to draft.</summary>
    public Task<Outcome<Article>> UnpublishAsync(string key, int? ifMatch, CancellationToken cancellationToken) =>
        ChangeAsync(key, ifMatch, article =>
        {
            article.Unpublish(clock.Now);
            return null;
        }, cancellationToken);

    /// <summary>Deletes an article.</summary>
    public async Task<Failure?> DeleteAsync(string key, int? ifMatch, CancellationToken cancellationToken)
    {
        var found = await FindCurrentAsync(key, ifMatch, cancellationToken);
        if (found.Failure is { } failure) return failure;
        var article = found.Value!;
        var change = NewsroomEvents.Article(article.Id, EventSide.Of(article, links), null, clock.Now);
        return await articles.DeleteAsync(article.Id, article.Version, change, cancellationToken);
    }

    private async Task<Outcome<Article>> ChangeAsync(string key, int? ifMatch, Func<Article, Failure?> change, CancellationToken cancellationToken)
    {
        var found = await FindCurrentAsync(key, ifMatch, cancellationToken);
        if (found.Failure is { } failure) return failure;
        var article = found.Value!;
        var loadedVersion = article.Version;
        var before = EventSide.Of(article, links);
        if (change(article) is { } refused) return refused;
        var announced = NewsroomEvents.Article(article.Id, before, EventSide.Of(article, links), article.UpdatedAt);
        return await articles.UpdateAsync(article, null, loadedVersion, announced, cancellationToken) is { } stale ? stale : article;
    }

    private async Task<Outcome<Article>> FindCurrentAsync(string key, int? ifMatch, CancellationToken cancellationToken)
    {
        var article = await articles.FindAsync(key, cancellationToken);
        if (article is null) return Failure.NotFound("article", key);
        if (ifMatch is { } expected && expected != article.Version) return Failure.Stale("article");
        return article;
    }

    private async Task<Outcome<(string Slug, ArticleContent Content, RenderedBody Body)>> PrepareAsync(
        ArticleDraft draft, Article? existing, CancellationToken cancellationToken)
    {
        var resolved = await ArticleDrafting.ResolveAsync(draft, existing is null ? null : (existing.Id, existing.Slug), references, null, cancellationToken);
        if (resolved.Failure is { } failure) return failure;
        var rendered = ArticleDrafting.Render(resolved.Value!);
        return (resolved.Value!.Slug, ArticleDrafting.Compose(draft, resolved.Value!, rendered), rendered);
    }
}
