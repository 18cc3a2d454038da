using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Api.Auth;
using Cms.Api.Hosting;
using Cms.Domain.Access;
using Cms.Domain.Articles;
using Cms.Domain.Common;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Cms.Api.Articles;

/// <summary>Writing articles: create, replace, merge-patch, delete; the workflow actions are mapped beside them.</summary>
public static class ArticleWriteEndpoints
{
    /// <summary>Maps the write routes on the articles group.</summary>
    public static void MapArticleWrites(this RouteGroupBuilder group)
    {
        group.MapPost("", Create).WithName("createArticle").WithSummary("Create a draft article")
            .RequireRole(Role.Contributor).WithWriteProblems().WithIdempotencyKey();
        group.MapPut("/{key}", Replace).WithName("replaceArticle").WithSummary("Replace an article's content")
            .RequireRole(Role.Contributor).WithGuardedWriteProblems();
        group.MapPatch("/{key}", Patch).WithName("patchArticle").WithSummary("Change some of an article's fields (JSON merge patch)")
            .Accepts<ArticleRequest>("application/merge-patch+json").RequireRole(Role.Contributor).WithGuardedWriteProblems();
        group.MapDelete("/{key}", Delete).WithName("deleteArticle").WithSummary("Delete an article")
            .RequireRole(Role.Author).WithGuardedWriteProblems();
        group.MapArticleWorkflow();
        group.MapArticleRevisions();
    }

    /// <summary>Creates a draft.</summary>
    public static async Task<Results<Created<ArticleResponse>, ProblemHttpResult>> Create(
        ArticleRequest request, IValidator<ArticleRequest> validator, ArticleDesk desk, IArticleCatalog catalog, ArticleLinks links,
        HttpContext context, CancellationToken cancellationToken)
    {
        if (await validator.ValidateAsync(request, cancellationToken) is { IsValid: false } invalid) return Problems.Invalid(invalid.ToDictionary());
        var outcome = await desk.CreateAsync(request.ToDraft(), Callers.Required(context.User), cancellationToken);
        if (outcome.Failure is { } failure) return Problems.For(failure);
        return await AnswerAsync(context, catalog, links, outcome.Value!, cancellationToken) is { } answer
            ? TypedResults.Created($"/api/v1/articles/{answer.Id}", answer)
            : Gone(outcome.Value!);
    }

    /// <summary>Replaces an article's content.</summary>
    public static async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> Replace(
        [Description("The article's id or slug.")] string key, ArticleRequest request, IValidator<ArticleRequest> validator,
        ArticleDesk desk, IArticleCatalog catalog, ArticleLinks links, HttpContext context, CancellationToken cancellationToken)
    {
        if (await validator.ValidateAsync(request, cancellationToken) is { IsValid: false } invalid) return Problems.Invalid(invalid.ToDictionary());
        var outcome = await desk.ReplaceAsync(key, request.ToDraft(), EntityTags.IfMatch(context.Request),
            Callers.Required(context.User), cancellationToken);
        return await OkAsync(outcome, context, catalog, links, cancellationToken);
    }

    /// <summary>Applies a JSON merge patch (RFC 7396) to an article's content.</summary>
    public static async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> Patch(
        [Description("The article's id or slug.")] string key, HttpContext context,
        IValidator<ArticleRequest> validator, ArticleDesk desk, IArticleCatalog catalog, ArticleLinks links,
        IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var patch = await MergePatch.ReadAsync(context.Request, cancellationToken);
        if (patch.Failure is { } unreadable) return Problems.For(unreadable);
        var outcome = await desk.EditAsync(key, async article =>
        {
            var merged = MergePatch.Apply(ArticleRequest.From(article), patch.Value!, json.Value.SerializerOptions);
            if (merged.Failure is { } badField) return badField;
            var request = merged.Value!;
            if (patch.Value!.ContainsKey("body") && !patch.Value.ContainsKey("excerpt") && article.Content.ExcerptFollowsBody())
                request = request with { Excerpt = null };
            if (await validator.ValidateAsync(request, cancellationToken) is { IsValid: false } invalid) return Problems.Refusal(invalid.ToDictionary());
            return request.ToDraft();
        }, EntityTags.IfMatch(context.Request), Callers.Required(context.User), cancellationToken);
        return await OkAsync(outcome, context, catalog, links, cancellationToken);
    }

    /// <summary>Deletes an article.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(
        [Description("The article's id or slug.")] string key, ArticleDesk desk, HttpContext context, CancellationToken cancellationToken) =>
        await desk.DeleteAsync(key, EntityTags.IfMatch(context.Request), Callers.Required(context.User), cancellationToken) is { } failure
            ? Problems.For(failure)
            : TypedResults.NoContent();

    internal static async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> OkAsync(Outcome<Article> outcome, HttpContext context,
        IArticleCatalog catalog, ArticleLinks links, CancellationToken cancellationToken) =>
        outcome.Failure is { } failure
            ? Problems.For(failure)
            : await AnswerAsync(context, catalog, links, outcome.Value!, cancellationToken) is { } answer ? TypedResults.Ok(answer) : Gone(outcome.Value!);

    // The write stands, but a delete that came right after it left nothing to show.
    private static ProblemHttpResult Gone(Article article) => Problems.Of(StatusCodes.Status404NotFound, "article-not-found", "Not found.",
        $"The article {article.Id} was written, then deleted by another request before it could be shown.");

    // The article as stored once written: a write that landed since (last writer wins) is what it shows, with its ETag.
    private static async Task<ArticleResponse?> AnswerAsync(HttpContext context, IArticleCatalog catalog, ArticleLinks links, Article article,
        CancellationToken cancellationToken)
    {
        if (await catalog.FindAsync(article.Id.ToString(), Audience.Newsroom, BodyFormats.Html, cancellationToken) is not { } view) return null;
        HttpCaching.SetVersion(context, view.Id.ToString(), view.Version);
        Audit.AuditTrail.NameResource(context, $"articles/{view.Id}");
        return ArticleResponse.From(view, links);
    }
}
