using System.ComponentModel;
using Cms.Api.Auth;
using Cms.Api.Hosting;
using Cms.Api.Paging;
using Cms.Domain.Access;
using Cms.Domain.Common;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Mvc;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;
using Microsoft.Extensions.Options;

namespace Cms.Api.Listings;

/// <summary>The routes of a listed resource: list, get, create, replace, merge-patch, delete.</summary>
public static class ListingEndpoints
{
    /// <summary>The six routes of a listed resource, as mapped.</summary>
    public sealed record Routes(RouteHandlerBuilder List, RouteHandlerBuilder Get, RouteHandlerBuilder Create, RouteHandlerBuilder Replace,
        RouteHandlerBuilder Patch, RouteHandlerBuilder Delete);

    /// <summary>
    /// Maps the routes under <c>/api/v1/{route}</c>: <paramref name="map"/> maps this class's six handlers closed over the
    /// resource's types (<see cref="ListingRoutes"/>), where their request delegates are generated at compile time; this
    /// names, describes and guards them.
    /// </summary>
    public static void Map<TRequest>(IEndpointRouteBuilder app, string route, string what, string tag, string one, Func<RouteGroupBuilder, Routes> map)
        where TRequest : class
    {
        var routes = map(app.MapGroup($"/api/v1/{route}").WithTags(tag).AddEndpointFilterFactory(QueryAllowlist.Create));
        routes.List.WithName($"list{tag}").WithSummary($"List {route} by name").ProducesValidationProblem();
        routes.Get.WithName($"get{what}").WithSummary($"Get {one} by id or slug").ProducesProblem(StatusCodes.Status404NotFound);
        routes.Create.WithName($"create{what}").WithSummary($"Create {one}").RequireRole(Role.Editor).WithWriteProblems().WithIdempotencyKey();
        routes.Replace.WithName($"replace{what}").WithSummary($"Replace {one}").RequireRole(Role.Editor).WithGuardedWriteProblems();
        routes.Patch.WithName($"patch{what}").WithSummary($"Change some fields of {one} (JSON merge patch)")
            .Accepts<TRequest>(MergePatch.MediaType).RequireRole(Role.Editor).WithGuardedWriteProblems();
        routes.Delete.WithName($"delete{what}").WithSummary($"Delete {one}").RequireRole(Role.Editor).WithGuardedWriteProblems();
    }

    /// <summary>Lists records by name.</summary>
    public static async Task<Results<Ok<ListAnswer<TResponse>>, ProblemHttpResult>> List<TDetails, TRequest, TResponse>(
        HttpContext context, Listing<TDetails, TRequest, TResponse> listing, Cursors cursors,
        [FromQuery, Description("Cursor from the previous page's `page.nextCursor`.")] string? cursor,
        [FromQuery, Description("Page number (1-based) for numbered paging; answers carry a total.")] int? page,
        [FromQuery, Description("Items per page, 1 to 100; default 20.")] int? limit,
        CancellationToken cancellationToken)
        where TDetails : class
        where TRequest : class
    {
        var request = Pages.Read(cursors, listing.Route, cursor, page, limit);
        if (request.Failure is { } bad) return Problems.For(bad);
        var audience = Audiences.Of(context);
        var found = await listing.Catalog.ListAsync(request.Value!, audience, cancellationToken);
        return Pages.Answer(context, cursors, listing.Route, request.Value!, found, record => listing.Show(record, audience)!);
    }

    /// <summary>Gets one record.</summary>
    public static async Task<Results<Ok<TResponse>, ProblemHttpResult>> Get<TDetails, TRequest, TResponse>(
        [Description("The id or slug.")] string key, HttpContext context, Listing<TDetails, TRequest, TResponse> listing,
        CancellationToken cancellationToken)
        where TDetails : class
        where TRequest : class
    {
        var record = await listing.Store.FindAsync(key, cancellationToken);
        if (record is null || listing.Show(record, Audiences.Of(context)) is not { } shown) return Problems.NotFound(listing.What, key);
        HttpCaching.SetVersion(context, record.Id.ToString(), record.Version, record.UpdatedAt);
        return TypedResults.Ok(shown);
    }

    /// <summary>Creates a record.</summary>
    public static async Task<Results<Created<TResponse>, ProblemHttpResult>> Create<TDetails, TRequest, TResponse>(
        TRequest request, IValidator<TRequest> validator, Listing<TDetails, TRequest, TResponse> listing, HttpContext context,
        CancellationToken cancellationToken)
        where TDetails : class
        where TRequest : class
    {
        if (await validator.ValidateAsync(request, cancellationToken) is { IsValid: false } invalid) return Problems.Invalid(invalid.ToDictionary());
        var (slug, details) = listing.Read(request);
        var outcome = await listing.Desk.CreateAsync(slug, details, cancellationToken);
        if (outcome.Failure is { } failure) return Problems.For(failure);
        HttpCaching.SetVersion(context, outcome.Value!.Id.ToString(), outcome.Value.Version);
        return TypedResults.Created($"/api/v1/{listing.Route}/{outcome.Value.Id}", listing.Show(outcome.Value, Audience.Newsroom));
    }

    /// <summary>Replaces a record.</summary>
    public static async Task<Results<Ok<TResponse>, ProblemHttpResult>> Replace<TDetails, TRequest, TResponse>(
        [Description("The id or slug.")] string key, TRequest request, IValidator<TRequest> validator,
        Listing<TDetails, TRequest, TResponse> listing, HttpContext context, CancellationToken cancellationToken)
        where TDetails : class
        where TRequest : class
    {
        if (await validator.ValidateAsync(request, cancellationToken) is { IsValid: false } invalid) return Problems.Invalid(invalid.ToDictionary());
        var (slug, details) = listing.Read(request);
        var outcome = await listing.Desk.ReplaceAsync(key, slug, details, EntityTags.IfMatch(context.Request), cancellationToken);
        return await AnswerAsync(outcome, listing, context, cancellationToken);
    }

    /// <summary>Applies a JSON merge patch to a record.</summary>
    public static async Task<Results<Ok<TResponse>, ProblemHttpResult>> Patch<TDetails, TRequest, TResponse>(
        [Description("The id or slug.")] string key, HttpContext context, IValidator<TRequest> validator,
        Listing<TDetails, TRequest, TResponse> listing, IOptions<JsonOptions> json, CancellationToken cancellationToken)
        where TDetails : class
        where TRequest : class
    {
        var patch = await MergePatch.ReadAsync(context.Request, cancellationToken);
        if (patch.Failure is { } unreadable) return Problems.For(unreadable);
        var outcome = await listing.Desk.EditAsync(key, async current =>
        {
            var merged = MergePatch.Apply(listing.Write(current), patch.Value!, json.Value.SerializerOptions);
            if (merged.Failure is { } badField) return badField;
            if (await validator.ValidateAsync(merged.Value!, cancellationToken) is { IsValid: false } invalid) return Problems.Refusal(invalid.ToDictionary());
            return listing.Read(merged.Value!);
        }, EntityTags.IfMatch(context.Request), cancellationToken);
        return await AnswerAsync(outcome, listing, context, cancellationToken);
    }

    /// <summary>Deletes a record.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> Delete<TDetails, TRequest, TResponse>(
        [Description("The id or slug.")] string key, Listing<TDetails, TRequest, TResponse> listing, HttpContext context,
        CancellationToken cancellationToken)
        where TDetails : class
        where TRequest : class =>
        await listing.Desk.DeleteAsync(key, EntityTags.IfMatch(context.Request), cancellationToken) is { } failure
            ? Problems.For(failure)
            : TypedResults.NoContent();

    // The record is read back so the answer carries what only storage knows, such as its article count.
    private static async Task<Results<Ok<TResponse>, ProblemHttpResult>> AnswerAsync<TDetails, TRequest, TResponse>(
        Outcome<Listed<TDetails>> outcome, Listing<TDetails, TRequest, TResponse> listing, HttpContext context, CancellationToken cancellationToken)
        where TDetails : class
        where TRequest : class
    {
        if (outcome.Failure is { } failure) return Problems.For(failure);
        var stored = await listing.Store.FindAsync(outcome.Value!.Id.ToString(), cancellationToken) ?? outcome.Value;
        HttpCaching.SetVersion(context, stored.Id.ToString(), stored.Version, stored.UpdatedAt);
        return TypedResults.Ok(listing.Show(stored, Audience.Newsroom)!);
    }
}
