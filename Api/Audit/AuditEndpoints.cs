using System.ComponentModel;
using Cms.Api.Auth;
using Cms.Api.Hosting;
using Cms.Api.Paging;
using Cms.Domain.Access;
using Cms.Domain.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Api.Audit;

/// <summary>The audit log: <c>GET /api/v1/audit</c>, for admins.</summary>
public static class AuditEndpoints
{
    private const string ListName = "audit";

    /// <summary>Maps the audit route.</summary>
    public static void MapAudit(this IEndpointRouteBuilder app) =>
        app.MapGroup("/api/v1/audit").WithTags("Audit").AddEndpointFilterFactory(QueryAllowlist.Create).RequireRole(Role.Admin)
            .MapGet("", List).WithName("listAuditEntries").WithSummary("List audit entries, newest first")
            .WithDescription("Every write (refused ones too) and every key event: who, what, which resource, when, and the status it ended with.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

    /// <summary>Lists audit entries.</summary>
    public static async Task<Results<Ok<ListAnswer<AuditEntryResponse>>, ProblemHttpResult>> List(HttpContext context, IAuditLog log, Cursors cursors,
        [FromQuery, Description("Only this key's entries (its id).")] Guid? keyId,
        [FromQuery, Description("Only this operation, by its OpenAPI name, such as `publishArticle`, `createKey`, `revokeKey` or `authenticate`.")] string? action,
        [FromQuery, Description("Only this resource and what lies below it, such as `articles/{id}` or `keys/{id}`.")] string? resource,
        [FromQuery, Description("`succeeded` or `failed`.")] string? outcome,
        [FromQuery, Description("Only entries after this instant.")] DateTimeOffset? since,
        [FromQuery, Description("Only entries before this instant.")] DateTimeOffset? until,
        [FromQuery, Description("Cursor from the previous page's `page.nextCursor`.")] string? cursor,
        [FromQuery, Description("Page number (1-based) for numbered paging; answers carry a total.")] int? page,
        [FromQuery, Description("Items per page, 1 to 100; default 20.")] int? limit,
        CancellationToken cancellationToken)
    {
        if (outcome is not (null or "succeeded" or "failed")) return Problems.Invalid("outcome", "must be 'succeeded' or 'failed'");
        bool? succeeded = outcome is null ? null : outcome == "succeeded";
        var request = Pages.Read(cursors, ListName, cursor, page, limit);
        if (request.Failure is { } bad) return Problems.For(bad);
        var found = await log.ListAsync(new AuditQuery(keyId, action, resource?.Trim('/'), succeeded, since, until), request.Value!, cancellationToken);
        return Pages.Answer(context, cursors, ListName, request.Value!, found, AuditEntryResponse.From);
    }
}

/// <summary>An audit entry.</summary>
/// <param name="Id">UUID v7.</param>
/// <param name="At">When it happened.</param>
/// <param name="Key">The key that asked; null without a valid key.</param>
/// <param name="Action">The operation, by its OpenAPI name, or <c>authenticate</c> for a revoked or expired key refused.</param>
/// <param name="Resource">What it was done to.</param>
/// <param name="Status">The HTTP status it ended with.</param>
/// <param name="Outcome"><c>succeeded</c> or <c>failed</c>.</param>
public sealed record AuditEntryResponse(Guid Id, DateTimeOffset At, AuditKey? Key, string Action, string Resource, int Status, string Outcome)
{
    /// <summary>Shapes a stored entry.</summary>
    public static AuditEntryResponse From(AuditEntry entry) => new(entry.Id, entry.At,
        entry.KeyId is { } key ? new AuditKey(key, entry.KeyName ?? "") : null, entry.Action, entry.Resource, entry.Status,
        entry.Succeeded ? "succeeded" : "failed");
}

/// <summary>A key named in an answer.</summary>
/// <param name="Id">The key's id.</param>
/// <param name="Name">The key's name.</param>
public sealed record AuditKey(Guid Id, string Name);
