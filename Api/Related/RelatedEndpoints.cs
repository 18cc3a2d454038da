using System.ComponentModel;
using Cms.Api.Articles;
using Cms.Api.Auth;
using Cms.Api.Hosting;
using Cms.Api.Paging;
using Cms.Domain.Access;
using Cms.Domain.Articles;
using Cms.Domain.Common;
using Cms.Domain.Related;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Api.Related;

/// <summary>Articles to read next: <c>/api/v1/articles/{key}/related</c>, and the editor's picks that lead the list.</summary>
public static class RelatedEndpoints
{
    private const int DefaultLimit = 10;
    private const int MaxLimit = 50;

    /// <summary>Maps the related routes.</summary>
    public static void MapRelated(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/articles").WithTags("Related").AddEndpointFilterFactory(QueryAllowlist.Create);
        group.MapGet("/{key}/related", List).WithName("listRelatedArticles").WithSummary("List published articles to read next")
            .WithDescription("The editor's picks in order, then the articles the body's read-also teasers point at, then articles sharing " +
                             "public tags, ranked by how rare the shared tags are and how fresh the article is. Published only, each once.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem();
        group.MapGet("/{key}/related/picks", Picks).WithName("listArticlePicks").WithSummary("List the editor's picks for an article")
            .RequireRole(Role.Editor).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{key}/related/picks", ReplacePicks).WithName("replaceArticlePicks").WithSummary("Replace the editor's picks for an article")
            .WithDescription("Picks may be drafts: they join the public related list once published.")
            .RequireRole(Role.Editor).WithGuardedWriteProblems();
    }

    /// <summary>Lists related articles.</summary>
    public static async Task<Results<Ok<ListAnswer<RelatedArticle>>, ProblemHttpResult>> List(
        [Description("The article's id or slug.")] string key, HttpContext context, RelatedReading reading,
        [FromQuery, Description("How many articles, 1 to 50; default 10.")] int? limit, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxLimit) return Problems.Invalid("limit", $"must be between 1 and {MaxLimit}");
        var size = limit ?? DefaultLimit;
        var related = await reading.ListAsync(key, Audiences.Of(context), size, cancellationToken);
        return related is null
            ? Problems.NotFound("article", key)
            : TypedResults.Ok(new ListAnswer<RelatedArticle>(related, new PageInfo(size, null, null, null)));
    }

    /// <summary>Lists the picks, whatever their status.</summary>
    public static async Task<Results<Ok<ListAnswer<ArticleReference>>, ProblemHttpResult>> Picks(
        [Description("The article's id or slug.")] string key, PicksDesk desk, ArticleLinks links, HttpContext context,
        CancellationToken cancellationToken) =>
        await desk.ListAsync(key, cancellationToken) is { } picks
            ? References(context, picks, links)
            : Problems.NotFound("article", key);

    /// <summary>Replaces the picks.</summary>
    public static async Task<Results<Ok<ListAnswer<ArticleReference>>, ProblemHttpResult>> ReplacePicks(
        [Description("The article's id or slug.")] string key, ArticleKeysRequest request, IValidator<ArticleKeysRequest> validator,
        PicksDesk desk, ArticleLinks links, HttpContext context, CancellationToken cancellationToken)
    {
        if (await validator.ValidateAsync(request, cancellationToken) is { IsValid: false } invalid) return Problems.Invalid(invalid.ToDictionary());
        var outcome = await desk.ReplaceAsync(key, request.Articles, EntityTags.IfMatch(context.Request), cancellationToken);
        return outcome.Failure is { } failure ? Problems.For(failure) : References(context, outcome.Value!, links);
    }

    /// <summary>An article's list of other articles, in order, answered with the list's version for its ETag.</summary>
    public static Ok<ListAnswer<ArticleReference>> References(HttpContext context, LinkedArticles<ArticleView> list, ArticleLinks links)
    {
        HttpCaching.SetVersion(context, list.Resource, list.Version);
        return TypedResults.Ok(new ListAnswer<ArticleReference>(list.Articles.Select(view => ArticleReference.From(view, links)).ToList(),
            new PageInfo(Math.Max(1, list.Articles.Count), null, null, null)));
    }
}
