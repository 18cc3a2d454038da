using System.ComponentModel;
using Cms.Api.Articles;
using Cms.Api.Auth;
using Cms.Api.Hosting;
using Cms.Api.Paging;
using Cms.Api.Related;
using Cms.Domain.Access;
using Cms.Domain.Articles;
using Cms.Domain.Translations;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cms.Api.Translations;

/// <summary>Articles that translate each other: <c>/api/v1/articles/{key}/translations</c>.</summary>
public static class TranslationEndpoints
{
    /// <summary>Maps the translation routes.</summary>
    public static void MapTranslations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/articles").WithTags("Translations").AddEndpointFilterFactory(QueryAllowlist.Create);
        group.MapGet("/{key}/translations", List).WithName("listArticleTranslations").WithSummary("List an article's translations")
            .WithDescription("The other articles of its translation group, one per language; published ones only without a key.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{key}/translations", Replace).WithName("replaceArticleTranslations").WithSummary("Set an article's translations")
            .WithDescription("The group becomes this article and the ones listed, one per language; former members not listed leave it. " +
                             "An article already in another group is a 409. An empty list takes the article out of its group.")
            .RequireRole(Role.Editor).WithGuardedWriteProblems();
    }

    /// <summary>Lists the translations.</summary>
    public static async Task<Results<Ok<ListAnswer<ArticleReference>>, ProblemHttpResult>> List(
        [Description("The article's id or slug.")] string key, HttpContext context, TranslationDesk desk, ArticleLinks links,
        CancellationToken cancellationToken) =>
        await desk.ListAsync(key, Audiences.Of(context), cancellationToken) is { } translations
            ? RelatedEndpoints.References(context, translations, links)
            : Problems.NotFound("article", key);

    /// <summary>Replaces the translation group.</summary>
    public static async Task<Results<Ok<ListAnswer<ArticleReference>>, ProblemHttpResult>> Replace(
        [Description("The article's id or slug.")] string key, ArticleKeysRequest request, IValidator<ArticleKeysRequest> validator,
        TranslationDesk desk, ArticleLinks links, HttpContext context, CancellationToken cancellationToken)
    {
        if (await validator.ValidateAsync(request, cancellationToken) is { IsValid: false } invalid) return Problems.Invalid(invalid.ToDictionary());
        var outcome = await desk.ReplaceAsync(key, request.Articles, EntityTags.IfMatch(context.Request), cancellationToken);
        return outcome.Failure is { } failure ? Problems.For(failure) : RelatedEndpoints.References(context, outcome.Value!, links);
    }
}
