using System.ComponentModel;
using Cms.Api.Auth;
using Cms.Api.Hosting;
using Cms.Api.Paging;
using Cms.Domain.Access;
using Cms.Domain.Articles;
using Cms.Domain.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Api.Articles;

/// <summary>An article's revisions: <c>/api/v1/articles/{key}/revisions</c>, for keys that may read the article.</summary>
public static class ArticleRevisionEndpoints
{
    private const string ListName = "revisions";

    /// <summary>Maps the revision routes on the articles group.</summary>
    public static void MapArticleRevisions(this RouteGroupBuilder group)
    {
        group.MapGet("/{key}/revisions", List).WithName("listArticleRevisions").WithSummary("List an article's revisions, newest first")
            .RequireRole(Role.Contributor).ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{key}/revisions/{number:int}", Get).WithName("getArticleRevision").WithSummary("Get one revision with its full content")
            .RequireRole(Role.Contributor).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{key}/revisions/{number:int}/restore", Restore).WithName("restoreArticleRevision")
            .WithSummary("Write a revision's content and slug back, as a new revision; the status stays")
            .RequireRole(Role.Contributor).WithGuardedWriteProblems();
    }

    /// <summary>Lists revisions.</summary>
    public static async Task<Results<Ok<ListAnswer<RevisionSummary>>, ProblemHttpResult>> List(
        [Description("The article's id or slug.")] string key, HttpContext context, ArticleDesk desk, IArticleRevisions revisions, Cursors cursors,
        [FromQuery, Description("Cursor from the previous page's `page.nextCursor`.")] string? cursor,
        [FromQuery, Description("Page number (1-based) for numbered paging; answers carry a total.")] int? page,
        [FromQuery, Description("Items per page, 1 to 100; default 20.")] int? limit,
        CancellationToken cancellationToken)
    {
        var article = await desk.OpenAsync(key, Callers.Required(context.User), ArticleAction.Read, cancellationToken);
        if (article.Failure is { } hidden) return Problems.For(hidden);
        // Each article's revisions are a list of their own: a cursor from another article's is refused, not applied here.
        var listName = $"{ListName}:{article.Value!.Id}";
        var request = Pages.Read(cursors, listName, cursor, page, limit);
        if (request.Failure is { } bad) return Problems.For(bad);
        var found = await revisions.ListAsync(article.Value.Id, request.Value!, cancellationToken);
        return Pages.Answer(context, cursors, listName, request.Value!, found, RevisionSummary.From);
    }

    /// <summary>Gets one revision.</summary>
    public static async Task<Results<Ok<RevisionResponse>, ProblemHttpResult>> Get(
        [Description("The article's id or slug.")] string key, [Description("The revision's number.")] int number, HttpContext context,
        ArticleDesk desk, IArticleRevisions revisions, CancellationToken cancellationToken)
    {
        var article = await desk.OpenAsync(key, Callers.Required(context.User), ArticleAction.Read, cancellationToken);
        if (article.Failure is { } hidden) return Problems.For(hidden);
        return await revisions.FindAsync(article.Value!.Id, number, cancellationToken) is { } revision
            ? TypedResults.Ok(RevisionResponse.From(revision))
            : Problems.Of(StatusCodes.Status404NotFound, "revision-not-found", "Not found.", $"The article '{key}' has no revision {number}.");
    }

    /// <summary>Restores a revision.</summary>
    public static async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> Restore(
        [Description("The article's id or slug.")] string key, [Description("The revision's number.")] int number, HttpContext context,
        ArticleDesk desk, IArticleCatalog catalog, ArticleLinks links, CancellationToken cancellationToken)
    {
        var outcome = await desk.RestoreRevisionAsync(key, number, EntityTags.IfMatch(context.Request), Callers.Required(context.User),
            cancellationToken);
        return await ArticleWriteEndpoints.OkAsync(outcome, context, catalog, links, cancellationToken);
    }
}

/// <summary>Who made a change.</summary>
/// <param name="KeyId">The key's id; null for the CMS itself (the scheduler).</param>
/// <param name="Name">The key's name, or <c>scheduler</c>.</param>
public sealed record RevisionBy(Guid? KeyId, string Name);

/// <summary>A revision in a list: who changed what and when, without the content.</summary>
/// <param name="Number">The article's version after the change; 1 is its creation.</param>
/// <param name="At">When.</param>
/// <param name="By">Who.</param>
/// <param name="Changed">The fields the change touched.</param>
/// <param name="Status">The status after the change.</param>
/// <param name="PublishedAt">The publication date after the change.</param>
public sealed record RevisionSummary(int Number, DateTimeOffset At, RevisionBy By, IReadOnlyList<string> Changed, string Status,
    DateTimeOffset? PublishedAt)
{
    /// <summary>Shapes a stored revision.</summary>
    public static RevisionSummary From(ArticleRevision revision) => new(revision.Number, revision.At, new RevisionBy(revision.KeyId, revision.By),
        revision.Changed, revision.State.Status.Name(), revision.State.PublishedAt);
}

/// <summary>A revision with its full content, in the shape a PUT takes.</summary>
/// <param name="Number">The article's version after the change; 1 is its creation.</param>
/// <param name="At">When.</param>
/// <param name="By">Who.</param>
/// <param name="Changed">The fields the change touched.</param>
/// <param name="Status">The status after the change.</param>
/// <param name="PublishedAt">The publication date after the change.</param>
/// <param name="Content">Everything written on the article after the change; authors and tags by id.</param>
public sealed record RevisionResponse(int Number, DateTimeOffset At, RevisionBy By, IReadOnlyList<string> Changed, string Status,
    DateTimeOffset? PublishedAt, ArticleRequest Content)
{
    /// <summary>Shapes a stored revision.</summary>
    public static RevisionResponse From(ArticleRevision revision) => new(revision.Number, revision.At, new RevisionBy(revision.KeyId, revision.By),
        revision.Changed, revision.State.Status.Name(), revision.State.PublishedAt, ArticleRequest.From(revision.State));
}
