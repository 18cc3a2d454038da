using System.ComponentModel;
using Cms.Api.Auth;
using Cms.Api.Hosting;
using Cms.Api.Paging;
using Cms.Domain.Access;
using Cms.Domain.Common;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Api.Keys;

/// <summary>API keys: <c>/api/v1/keys</c>, for admins.</summary>
public static class KeyEndpoints
{
    private const string ListName = "keys";

    /// <summary>Maps the key routes.</summary>
    public static void MapKeys(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/keys").WithTags("Keys").AddEndpointFilterFactory(QueryAllowlist.Create).RequireRole(Role.Admin);
        group.MapPost("", Create).WithName("createKey").WithSummary("Create a key; its secret is shown once")
            .WithWriteProblems();
        group.MapGet("", List).WithName("listKeys").WithSummary("List keys, newest first")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/{id:guid}", Get).WithName("getKey").WithSummary("Get a key")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapDelete("/{id:guid}", Revoke).WithName("revokeKey").WithSummary("Revoke a key, from the very next request")
            .WithDescription("The last admin key that is neither revoked nor expired cannot be revoked: 409 `last-admin-key`.")
            .WithGuardedWriteProblems();
    }

    /// <summary>Creates a key.</summary>
    public static async Task<Results<Created<KeyResponse>, ProblemHttpResult>> Create(KeyRequest request, IValidator<KeyRequest> validator,
        KeyDesk desk, [FromHeader(Name = IdempotencyKeys.Header), Description("Not taken here: a key's secret is shown once and kept " +
            "nowhere, so no answer could be given again. Sending one is a 400; list the keys to see whether a lost answer made one.")]
        string? idempotencyKey, CancellationToken cancellationToken)
    {
        if (idempotencyKey is not null)
        {
            return Problems.Invalid(IdempotencyKeys.Header, "is not taken when making a key: its secret is shown once and kept nowhere to be " +
                "shown again; list the keys to see whether the request you retry made one");
        }
        if (await validator.ValidateAsync(request, cancellationToken) is { IsValid: false } invalid) return Problems.Invalid(invalid.ToDictionary());
        var outcome = await desk.CreateAsync(request.ToOrder(), cancellationToken);
        if (outcome.Failure is { } failure) return Problems.For(failure);
        var (key, secret) = outcome.Value!;
        return TypedResults.Created($"/api/v1/keys/{key.Key.Id}", KeyResponse.From(key, secret));
    }

    /// <summary>Lists keys.</summary>
    public static async Task<Results<Ok<ListAnswer<KeyResponse>>, ProblemHttpResult>> List(HttpContext context, IKeyStore keys, Cursors cursors,
        [FromQuery, Description("Cursor from the previous page's `page.nextCursor`.")] string? cursor,
        [FromQuery, Description("Page number (1-based) for numbered paging; answers carry a total.")] int? page,
        [FromQuery, Description("Items per page, 1 to 100; default 20.")] int? limit,
        CancellationToken cancellationToken)
    {
        var request = Pages.Read(cursors, ListName, cursor, page, limit);
        if (request.Failure is { } bad) return Problems.For(bad);
        var found = await keys.ListAsync(request.Value!, cancellationToken);
        return Pages.Answer(context, cursors, ListName, request.Value!, found, key => KeyResponse.From(key));
    }

    /// <summary>Gets one key.</summary>
    public static async Task<Results<Ok<KeyResponse>, ProblemHttpResult>> Get([Description("The key's id.")] Guid id, IKeyStore keys,
        HttpContext context, CancellationToken cancellationToken)
    {
        if (await keys.FindAsync(id, cancellationToken) is not { } key) return Problems.For(Failure.NotFoundById("key", id));
        HttpCaching.SetVersion(context, key.Key.Id.ToString(), key.Key.Version, key.Key.RevokedAt ?? key.Key.CreatedAt);
        return TypedResults.Ok(KeyResponse.From(key));
    }

    /// <summary>Revokes a key.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> Revoke([Description("The key's id.")] Guid id, KeyDesk desk,
        HttpContext context, CancellationToken cancellationToken) =>
        await desk.RevokeAsync(id, EntityTags.IfMatch(context.Request), cancellationToken) is { } failure
            ? Problems.For(failure)
            : TypedResults.NoContent();
}
