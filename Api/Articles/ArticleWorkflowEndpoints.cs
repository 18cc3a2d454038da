using System.ComponentModel;
using Cms.Api.Auth;
using Cms.Api.Hosting;
using Cms.Domain.Access;
using Cms.Domain.Articles;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cms.Api.Articles;

/// <summary>The workflow actions on an article: publish (now, backdated or scheduled), unpublish, archive, restore.</summary>
public static class ArticleWorkflowEndpoints
{
    /// <summary>Maps the action routes on the articles group.</summary>
    public static void MapArticleWorkflow(this RouteGroupBuilder group)
    {
        group.MapPost("/{key}/publish", Publish).WithName("publishArticle")
            .WithSummary("Publish now, backdated, or at a future time (scheduled)").RequireRole(Role.Author).WithGuardedWriteProblems();
        group.MapPost("/{key}/unpublish", Unpublish).WithName("unpublishArticle").WithSummary("Take an article back to draft")
            .RequireRole(Role.Author).WithGuardedWriteProblems();
        group.MapPost("/{key}/archive", Archive).WithName("archiveArticle").WithSummary("Withdraw an article from public view, keeping it")
            .RequireRole(Role.Author).WithGuardedWriteProblems();
        group.MapPost("/{key}/restore", Restore).WithName("restoreArticle")
            .WithSummary("Bring an archived article back: published again if it had been, a draft otherwise").RequireRole(Role.Author).WithGuardedWriteProblems();
    }

    /// <summary>Publishes an article.</summary>
    public static async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> Publish(
        [Description("The article's id or slug.")] string key, PublishRequest? request, ArticleDesk desk, IArticleCatalog catalog,
        ArticleLinks links, HttpContext context, CancellationToken cancellationToken)
    {
        var outcome = await desk.PublishAsync(key, request?.PublishedAt, EntityTags.IfMatch(context.Request),
            Callers.Required(context.User), cancellationToken);
        return await ArticleWriteEndpoints.OkAsync(outcome, context, catalog, links, cancellationToken);
    }

    /// <summary>Takes an article back to draft.</summary>
    public static Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> Unpublish(
        [Description("The article's id or slug.")] string key, ArticleDesk desk, IArticleCatalog catalog, ArticleLinks links,
        HttpContext context, CancellationToken cancellationToken) =>
        ActAsync(desk.UnpublishAsync, key, catalog, links, context, cancellationToken);

    /// <summary>Archives an article.</summary>
    public static Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> Archive(
        [Description("The article's id or slug.")] string key, ArticleDesk desk, IArticleCatalog catalog, ArticleLinks links,
        HttpContext context, CancellationToken cancellationToken) =>
        ActAsync(desk.ArchiveAsync, key, catalog, links, context, cancellationToken);

    /// <summary>Restores an archived article.</summary>
    public static Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> Restore(
        [Description("The article's id or slug.")] string key, ArticleDesk desk, IArticleCatalog catalog, ArticleLinks links,
        HttpContext context, CancellationToken cancellationToken) =>
        ActAsync(desk.RestoreAsync, key, catalog, links, context, cancellationToken);

    private static async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> ActAsync(
        Func<string, Domain.Common.Precondition, Caller, CancellationToken, Task<Domain.Common.Outcome<Article>>> action, string key, IArticleCatalog catalog,
        ArticleLinks links, HttpContext context, CancellationToken cancellationToken)
    {
        var outcome = await action(key, EntityTags.IfMatch(context.Request), Callers.Required(context.User), cancellationToken);
        return await ArticleWriteEndpoints.OkAsync(outcome, context, catalog, links, cancellationToken);
    }
}
