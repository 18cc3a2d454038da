using System.ComponentModel;
using Cms.Api.Hosting;
using Cms.Api.Paging;
using Cms.Domain.Articles;
using Cms.Domain.Common;
using Cms.Domain.Sharing;
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
        var group = app.MapGroup("/api/v1/articles").WithTags("Articles").AddEndpointFilterFactory(QueryAllowlist.Create);
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
    public static async Task<Results<Shaped<ListAnswer<ArticleResponse>>, TypesetAnswer, ProblemHttpResult>> List(
        HttpContext context, IArticleCatalog catalog, ITypesetArticles typeset, Cursors cursors, ArticleLinks links, ArticleSharing sharing,
        [FromQuery, Description("Tag ids or slugs, repeatable or comma-separated; articles with any of them (see `tagMode`).")] string[]? tag,
        [FromQuery, Description("`any` (default): articles with at least one of the tags; `all`: with every one.")] string? tagMode,
        [FromQuery, Description("Author ids or slugs, repeatable or comma-separated; articles by any of them.")] string[]? author,
        [FromQuery, Description("BCP 47 language tag, such as `fr` or `en-GB`.")] string? language,
        [FromQuery, Description("Only articles published strictly after this ISO 8601 date or time.")] string? publishedAfter,
        [FromQuery, Description("Only articles published strictly before this ISO 8601 date or time.")] string? publishedBefore,
        [FromQuery, Description("Only articles changed at or after this ISO 8601 date or time.")] string? updatedSince,
        [FromQuery, Description("Statuses, repeatable or comma-separated: draft, scheduled, published, archived. Other than `published` only with a key.")] string[]? status,
        [FromQuery, Description("Full-text search in titles, standfirsts, excerpts, bodies, tag and author names. Case and accents do not matter; `\"a phrase\"`, `prefix*` of three letters or more (the last word is a prefix when it ends with three), `-excluded`, `OR`. Each hit carries a highlighted `match.snippet`.")] string? q,
        [FromQuery, Description("`-publishedAt` (default), `publishedAt`, `-updatedAt`, `updatedAt`, `title`, `-title`, or `relevance` (default with `q`, only with `q`). Ties are broken by id.")] string? sort,
        [FromQuery, Description("Cursor from the previous page's `page.nextCursor`.")] string? cursor,
        [FromQuery, Description("Page number (1-based) for numbered paging; answers carry a total.")] int? page,
        [FromQuery, Description("Items per page, 1 to 100; default 20.")] int? limit,
        [FromQuery, Description("Body formats to include: comma-separated html, plaintext, markdown, blocks; default none (excerpt only).")] string? formats,
        [FromQuery, Description("Relations to embed in full: comma-separated authors, tags, readAlso, share (the resolved share payload as `sharePayload`).")] string? include,
        [FromQuery, Description("Top-level fields to keep in each item, comma-separated; default all.")] string? fields,
        CancellationToken cancellationToken)
    {
        var audience = Audiences.Of(context);
        var filter = ArticleListParameters.Read(audience, tag, tagMode, author, language, publishedAfter, publishedBefore, updatedSince, status, q, sort);
        if (filter.Failure is { } badFilter) return Problems.For(badFilter);
        var listName = $"{ListName}:{filter.Value!.Sort}";
        var request = Pages.Read(cursors, listName, cursor, page, limit);
        if (request.Failure is { } badPage) return Problems.For(badPage);
        var shape = Shape.Read(formats, BodyFormats.None, include, fields);
        if (shape.Failure is { } badShape) return Problems.For(badShape);
        if (IsDefault(audience, formats, include, fields) && await typeset.ListAsync(filter.Value, request.Value!, cancellationToken) is { } set)
        {
            return TypesetAnswer.Of(Pages.Answer(context, cursors, listName, request.Value!, set, article => new TypesetEntry(article.Summary)).Value!);
        }
        var found = await catalog.ListAsync(filter.Value, request.Value!, audience, shape.Value!.Formats, cancellationToken, shape.Value.Includes);
        var shares = await SharesAsync(sharing, shape.Value.Includes, found.Items, context, cancellationToken);
        var answer = Pages.Answer(context, cursors, listName, request.Value!, found,
            view => ArticleResponse.From(view, links, shares.GetValueOrDefault(view.Id)));
        return new Shaped<ListAnswer<ArticleResponse>>(answer.Value!, shape.Value.Fields, list: true);
    }

    /// <summary>Gets one article.</summary>
    public static async Task<Results<Shaped<ArticleResponse>, TypesetAnswer, ProblemHttpResult>> Get(
        HttpContext context, IArticleCatalog catalog, ITypesetArticles typeset, ArticleLinks links, ArticleSharing sharing,
        [Description("The article's id or slug.")] string key,
        [FromQuery, Description("Body formats: comma-separated html, plaintext, markdown, blocks, or none; default html.")] string? formats,
        [FromQuery, Description("Relations to embed in full: comma-separated authors, tags, readAlso, share (the resolved share payload as `sharePayload`).")] string? include,
        [FromQuery, Description("Top-level fields to keep, comma-separated; default all.")] string? fields,
        CancellationToken cancellationToken)
    {
        var shape = Shape.Read(formats, BodyFormats.Html, include, fields);
        if (shape.Failure is { } badShape) return Problems.For(badShape);
        var audience = Audiences.Of(context);
        if (IsDefault(audience, formats, include, fields) && await typeset.FindAsync(key, cancellationToken) is { } set)
        {
            HttpCaching.SetVersion(context, set.Id.ToString(), set.Version, set.UpdatedAt);
            return TypesetAnswer.Of(set);
        }
        var view = await catalog.FindAsync(key, audience, shape.Value!.Formats, cancellationToken, shape.Value.Includes);
        if (view is null) return Problems.NotFound("article", key);
        HttpCaching.SetVersion(context, view.Id.ToString(), view.Version, view.UpdatedAt);
        var shares = await SharesAsync(sharing, shape.Value.Includes, [view], context, cancellationToken);
        return new Shaped<ArticleResponse>(ArticleResponse.From(view, links, shares.GetValueOrDefault(view.Id)), shape.Value.Fields, list: false);
    }

    // Anonymous readers asking for the default shape are answered from what the typesetter kept, when it has.
    private static bool IsDefault(Audience audience, string? formats, string? include, string? fields) =>
        audience == Audience.Public && formats is null && include is null && fields is null;

    private static async Task<IReadOnlyDictionary<Guid, SharePayload>> SharesAsync(ArticleSharing sharing, ArticleIncludes includes,
        IReadOnlyList<ArticleView> views, HttpContext context, CancellationToken cancellationToken) =>
        includes.HasFlag(ArticleIncludes.Share)
            ? await sharing.ForManyAsync(views, Origin.Of(context.Request), cancellationToken)
            : new Dictionary<Guid, SharePayload>();

    private sealed record Shape(BodyFormats Formats, ArticleIncludes Includes, IReadOnlySet<string>? Fields)
    {
        public static Outcome<Shape> Read(string? formats, BodyFormats fallback, string? include, string? fields)
        {
            var bodyFormats = BodyFormatNames.Read(formats, fallback);
            if (bodyFormats.Failure is { } badFormats) return badFormats;
            var includes = ArticleIncludeNames.Read(include);
            if (includes.Failure is { } badInclude) return badInclude;
            var kept = ArticleFields.Read(fields);
            if (kept.Failure is { } badFields) return badFields;
            return new Shape(bodyFormats.Value, includes.Value, kept.Value);
        }
    }
}
