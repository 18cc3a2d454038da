using System.ComponentModel;
using Cms.Api.Auth;
using Cms.Api.Hosting;
using Cms.Domain.Access;
using Cms.Domain.Articles;
using Cms.Domain.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Api.Articles;

/// <summary>Preview links: a signed, expiring, read-only URL to an article as it stands now, for frontends without a key.</summary>
public static class PreviewEndpoints
{
    /// <summary>Maps <c>POST /api/v1/articles/{key}/preview-links</c> and <c>GET /api/v1/previews/{token}</c>.</summary>
    public static void MapPreviews(this IEndpointRouteBuilder app, RouteGroupBuilder articles)
    {
        articles.MapPost("/{key}/preview-links", Create).WithName("createPreviewLink")
            .WithSummary("Make a signed, expiring URL that shows this article as it stands, without a key")
            .RequireRole(Role.Contributor).WithWriteProblems().WithIdempotencyKey();
        app.MapGroup("/api/v1/previews").WithTags("Articles").AddEndpointFilterFactory(QueryAllowlist.Create)
            .MapGet("/{token}", Read).WithName("readPreview").WithSummary("Read the article a preview link names, whatever its status")
            .WithDescription("Answers `private, no-store`. A link stops working when it expires or the article is deleted.")
            .WithPrivateAnswers().ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem();
    }

    /// <summary>Makes a preview link.</summary>
    public static async Task<Results<Created<PreviewLink>, ProblemHttpResult>> Create(
        [Description("The article's id or slug.")] string key, PreviewLinkRequest? request, HttpContext context, ArticleDesk desk,
        PreviewLinks previews, IClock clock, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var expiresAt = request?.ExpiresAt ?? now + previews.DefaultLifetime;
        if (expiresAt <= now || expiresAt > now + previews.MaxLifetime)
            return Problems.Invalid("expiresAt", $"must be in the future and at most {previews.MaxLifetime.TotalDays:0.#} days away");
        var article = await desk.OpenAsync(key, Callers.Required(context.User), ArticleAction.Preview, cancellationToken);
        if (article.Failure is { } hidden) return Problems.For(hidden);
        var url = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}/api/v1/previews/"
                  + previews.Issue(article.Value!.Id, expiresAt);
        return TypedResults.Created(url, new PreviewLink(url, DateTimeOffset.FromUnixTimeSeconds(expiresAt.ToUnixTimeSeconds())));
    }

    /// <summary>Reads a preview.</summary>
    public static async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> Read(
        [Description("The token at the end of a preview link.")] string token, HttpContext context, PreviewLinks previews,
        IArticleCatalog catalog, ArticleLinks links,
        [FromQuery, Description("Body formats: comma-separated html, plaintext, markdown, blocks, or none; default html.")] string? formats,
        CancellationToken cancellationToken)
    {
        var bodyFormats = BodyFormatNames.Read(formats, BodyFormats.Html);
        if (bodyFormats.Failure is { } badFormats) return Problems.For(badFormats);
        var id = previews.Read(token);
        if (id.Failure is { } refused) return Problems.For(refused);
        context.Response.Headers["X-Robots-Tag"] = "noindex";
        var view = await catalog.FindAsync(id.Value.ToString(), Audience.Newsroom, bodyFormats.Value, cancellationToken);
        return view is null ? Problems.NotFound("article", id.Value.ToString()) : TypedResults.Ok(ArticleResponse.From(view, links));
    }
}

/// <summary>Asks for a preview link.</summary>
/// <param name="ExpiresAt">When the link stops working; in an hour when absent, at most seven days away.</param>
public sealed record PreviewLinkRequest(DateTimeOffset? ExpiresAt = null);

/// <summary>A preview link.</summary>
/// <param name="Url">Open it without a key: it answers the article as it stands, in any status.</param>
/// <param name="ExpiresAt">When it stops working.</param>
public sealed record PreviewLink(string Url, DateTimeOffset ExpiresAt);
