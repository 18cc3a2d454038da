using System.ComponentModel;
using Cms.Api.Hosting;
using Cms.Domain.Articles;
using Cms.Domain.Sharing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cms.Api.Sharing;

/// <summary>An article's share payload: <c>/api/v1/articles/{key}/share</c>.</summary>
public static class ShareEndpoints
{
    /// <summary>Maps the share route.</summary>
    public static void MapSharing(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/articles").WithTags("Sharing").AddEndpointFilterFactory(QueryAllowlist.Create);
        group.MapGet("/{key}/share", Get).WithName("getArticleShare").WithSummary("Get an article's resolved share payload")
            .WithDescription("Canonical URL, page title and description, Open Graph and X cards with their fallbacks applied, a share link per " +
                             "network the site offers, the meta tags as a list and as escaped HTML, schema.org NewsArticle JSON-LD and " +
                             "hreflang alternates. Drafts answer 404 without a key.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem();
    }

    /// <summary>Gets the share payload.</summary>
    public static async Task<Results<Ok<SharePayload>, ProblemHttpResult>> Get(
        [Description("The article's id or slug.")] string key, HttpContext context, IArticleCatalog catalog, ArticleSharing sharing,
        CancellationToken cancellationToken)
    {
        var view = await catalog.FindAsync(key, Audiences.Of(context), BodyFormats.None, cancellationToken);
        if (view is null) return Problems.NotFound("article", key);
        return TypedResults.Ok(await sharing.ForAsync(view, Origin.Of(context.Request), cancellationToken));
    }
}
