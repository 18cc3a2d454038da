using Cms.Api.Auth;
using Cms.Api.Hosting;
using Cms.Domain.Access;
using Cms.Domain.Settings;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cms.Api.Settings;

/// <summary>The site's settings: <c>/api/v1/settings</c>.</summary>
public static class SettingsEndpoints
{
    /// <summary>Maps the settings routes.</summary>
    public static void MapSettings(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/settings").WithTags("Settings").AddEndpointFilterFactory(QueryAllowlist.Create);
        group.MapGet("", Get).WithName("getSettings").WithSummary("Get the site's settings")
            .WithDescription("Names, addresses and share defaults that pages and share payloads are built from. Public: all of it appears in pages.");
        group.MapPut("", Replace).WithName("replaceSettings").WithSummary("Replace the site's settings (admin)")
            .WithDescription("Takes effect at once on this instance; other instances pick it up within `Cms:Site:SettingsRefreshSeconds`.")
            .RequireRole(Role.Admin)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    /// <summary>Reads the settings, refreshing this instance's copy when another instance changed them.</summary>
    public static async Task<Ok<SettingsResponse>> Get(SiteSettingsCache settings, SettingsRefresh refresh, HttpContext context,
        CancellationToken cancellationToken)
    {
        await refresh.CheckAsync(cancellationToken);
        var current = settings.Current;
        HttpCaching.SetVersion(context, SettingsDesk.Resource, current.Version);
        return TypedResults.Ok(SettingsResponse.From(current));
    }

    /// <summary>Replaces the settings.</summary>
    public static async Task<Results<Ok<SettingsResponse>, ProblemHttpResult>> Replace(SettingsRequest request,
        IValidator<SettingsRequest> validator, SettingsDesk desk, HttpContext context, CancellationToken cancellationToken)
    {
        if (await validator.ValidateAsync(request, cancellationToken) is { IsValid: false } invalid) return Problems.Invalid(invalid.ToDictionary());
        var outcome = await desk.ReplaceAsync(request.ToSettings(), EntityTags.IfMatch(context.Request), cancellationToken);
        if (outcome.Failure is { } failure) return Problems.For(failure);
        HttpCaching.SetVersion(context, SettingsDesk.Resource, outcome.Value!.Version);
        return TypedResults.Ok(SettingsResponse.From(outcome.Value));
    }
}
