using System.ComponentModel;
using Cms.Api.Hosting;
using Cms.Api.Paging;
using Cms.Domain.Articles;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Api.Articles;

/// <summary>Reading articles: <c>/api/v1/articles</c>.</summary>
public static class ArticleEndpoints
{
    private const string ListName = "articles";

    /// <summary>Maps the article routes.</summary>
    public static void MapArticles(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/articles").WithTags("Articles").AddEndpointFilter<QueryAllowlist>();
        group.MapGet("", List).WithName("listArticles").WithSummary("List articles, newest publication first")
            .WithDescription("Published articles for everyone; drafts and every status too for a key. Cursor paging by default, `page` for numbered pages.")
            .ProducesValidationProblem();
        group.MapGet("/{key}", Get).WithName("getArticle").WithSummary("Get an article by id or slug")
            .WithDescription("Drafts answer 404 without a key. The body comes as HTML unless `formats` says otherwise.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem();
        group.MapArticleWrites();
        app.MapPreviews(group);
    }

    /// <summary>Lists articles.</summary>
    public static async Task<Results<Ok<ListAnswer<ArticleResponse>>, ProblemHttpResult>> List(
        HttpContext context, IArticleCatalog catalog, Cursors cursors, ArticleLinks links,
        [FromQuery, Description("Cursor from the previous page's `page.nextCursor`.")] string? cursor,
        [FromQuery, Description("Page number (1-based) for numbered paging; answers carry a total.")] int? page,
        [FromQuery, Description("Items per page, 1 to 100; default 20.")] int? limit,
        [FromQuery, Description("Body formats to include: comma-separated html, plaintext, markdown, blocks; default none (excerpt only).")] string? formats,
        CancellationToken cancellationToken)
    {
        var request = Pages.Read(cursors, ListName, cursor, page, limit);
        if (request.Failure is { } badPage) return Problems.For(badPage);
        var bodyFormats = BodyFormatNames.Read(formats, BodyFormats.None);
        if (bodyFormats.Failure is { } badFormats) return Problems.For(badFormats);
        var found = await catalog.ListAsync(request.Value!, Audiences.Of(context), bodyFormats.Value, cancellationToken);
        return Pages.Answer(context, cursors, ListName, request.Value!, found, view => ArticleResponse.From(view, links));
    }

    /// <summary>Gets one article.</summary>
    public static async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> Get(
        HttpContext context, IArticleCatalog catalog, ArticleLinks links,
        [Description("The article's id or slug.")] string key,
        [FromQuery, Description("Body formats: comma-separated html, plaintext, markdown, blocks, or none; default html.")] string? formats,
        CancellationToken cancellationToken)
    {
        var bodyFormats = BodyFormatNames.Read(formats, BodyFormats.Html);
        if (bodyFormats.Failure is { } badFormats) return Problems.For(badFormats);
        var view = await catalog.FindAsync(key, Audiences.Of(context), bodyFormats.Value, cancellationToken);
        if (view is null) return Problems.NotFound("article", key);
        HttpCaching.SetVersion(context, view.Version);
        return TypedResults.Ok(ArticleResponse.From(view, links));
    }
}
