using System.ComponentModel;
using Cms.Api.Auth;
using Cms.Api.Hosting;
using Cms.Api.Paging;
using Cms.Domain.Access;
using Cms.Domain.Articles;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Api.Articles;

/// <summary>Deleted articles, for clients that sync: <c>/api/v1/article-tombstones</c>.</summary>
public static class ArticleTombstoneEndpoints
{
    private const string ListName = "article-tombstones";

    /// <summary>Maps the tombstone routes.</summary>
    public static void MapArticleTombstones(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/article-tombstones").WithTags("Articles").AddEndpointFilterFactory(QueryAllowlist.Create);
        group.MapGet("", List).WithName("listArticleTombstones").WithSummary("List deleted articles, oldest deletion first")
            .WithDescription("Without a key, only articles that had been published are listed, so a deleted draft's slug never shows.")
            .ProducesValidationProblem();
        group.MapDelete("/{id:guid}", Purge).WithName("purgeArticleTombstone").WithSummary("Remove a deleted article's tombstone for good")
            .WithDescription("A tombstone has no read of its own: `If-Match` takes the ETag of the list of tombstones (any page), which " +
                             "every article deleted and every tombstone purged moves on.")
            .RequireRole(Role.Admin).WithGuardedWriteProblems();
    }

    /// <summary>Lists tombstones.</summary>
    public static async Task<Results<Ok<ListAnswer<ArticleTombstone>>, ProblemHttpResult>> List(
        HttpContext context, IArticleTombstones tombstones, Cursors cursors,
        [FromQuery, Description("Only articles deleted after this instant, such as the time of the last sync.")] DateTimeOffset? since,
        [FromQuery, Description("Cursor from the previous page's `page.nextCursor`.")] string? cursor,
        [FromQuery, Description("Page number (1-based) for numbered paging; answers carry a total.")] int? page,
        [FromQuery, Description("Items per page, 1 to 100; default 20.")] int? limit,
        CancellationToken cancellationToken)
    {
        var request = Pages.Read(cursors, ListName, cursor, page, limit);
        if (request.Failure is { } bad) return Problems.For(bad);
        // The version is read before the page: a change landing between the two leaves a tag older than the page, which a
        // purge refuses, never one newer than what it shows.
        HttpCaching.SetVersion(context, TombstoneDesk.Resource, await tombstones.VersionAsync(cancellationToken));
        var found = await tombstones.ListAsync(since, request.Value!, Audiences.Of(context), cancellationToken);
        return Pages.Answer(context, cursors, ListName, request.Value!, found, tombstone => tombstone);
    }

    /// <summary>Purges a tombstone.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> Purge([Description("The deleted article's id.")] Guid id,
        TombstoneDesk desk, HttpContext context, CancellationToken cancellationToken) =>
        await desk.PurgeAsync(id, EntityTags.IfMatch(context.Request), cancellationToken) is { } failure
            ? Problems.For(failure)
            : TypedResults.NoContent();
}
