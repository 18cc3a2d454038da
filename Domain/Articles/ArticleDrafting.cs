using Cms.Domain.Articles.Body;
using Cms.Domain.Common;

namespace Cms.Domain.Articles;

/// <summary>What an article's draft names, looked up: its authors, tags and teaser targets, and whether a slug is free.</summary>
public interface IArticleReferences
{
    /// <summary>The ids of the authors named by these ids or slugs; unknown keys are absent.</summary>
    Task<IReadOnlyDictionary<string, Guid>> AuthorIdsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>The ids of the tags named by these ids or slugs; unknown keys are absent.</summary>
    Task<IReadOnlyDictionary<string, Guid>> TagIdsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>The ids of the articles named by these ids or slugs; unknown keys are absent.</summary>
    Task<IReadOnlyDictionary<string, Guid>> ArticleIdsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>True when another article than <paramref name="except"/> already has the slug.</summary>
    Task<bool> ArticleSlugTakenAsync(string slug, Guid? except, CancellationToken cancellationToken);
}

/// <summary>A draft with everything it names resolved and its slug chosen; only the body is left to render.</summary>
/// <param name="Slug">The slug the article will have.</param>
/// <param name="AuthorIds">The byline, in order.</param>
/// <param name="TagIds">The tags, primary first.</param>
/// <param name="Body">The parsed body.</param>
/// <param name="Targets">The article id of each teaser key.</param>
public sealed record ResolvedDraft(string Slug, IReadOnlyList<Guid> AuthorIds, IReadOnlyList<Guid> TagIds, ArticleBody Body,
    IReadOnlyDictionary<string, Guid> Targets);

/// <summary>
/// The steps every article write takes, whichever door it came through: resolve what the draft names and choose its slug,
/// render the body (the costly step, which a bulk import runs on every core), then compose the content.
/// </summary>
public static class ArticleDrafting
{
    /// <summary>
    /// Resolves authors, tags and teasers, and chooses the slug; <paramref name="existing"/> is the article being changed,
    /// <paramref name="parsed"/> the body when it was parsed already.
    /// </summary>
    public static async Task<Outcome<ResolvedDraft>> ResolveAsync(ArticleDraft draft, (Guid Id, string Slug)? existing,
        IArticleReferences references, ArticleBody? parsed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(references);
        var authorIds = await ResolveAsync("authors", "author", draft.Authors, references.AuthorIdsAsync, cancellationToken);
        if (authorIds.Failure is { } noAuthor) return noAuthor;
        var tagIds = await ResolveAsync("tags", "tag", draft.Tags, references.TagIdsAsync, cancellationToken);
        if (tagIds.Failure is { } noTag) return noTag;

        var body = parsed ?? ArticleBody.Parse(draft.Body);
        var targets = await references.ArticleIdsAsync(body.ReadAlsoKeys, cancellationToken);
        if (body.ReadAlsoKeys.FirstOrDefault(key => !targets.ContainsKey(key)) is { } missing)
            return Failure.InvalidField("body", $"has a read-also teaser pointing at '{missing}', which is no article");
        if (existing is { } self && targets.Values.Contains(self.Id))
            return Failure.InvalidField("body", "has a read-also teaser pointing at the article itself");

        var slug = await SlugChoice.ChooseAsync("article", draft.Slug, existing, draft.Title, references.ArticleSlugTakenAsync, cancellationToken);
        if (slug.Failure is { } taken) return taken;
        return new ResolvedDraft(slug.Value!, authorIds.Value!, tagIds.Value!, body, targets);
    }

    /// <summary>Renders the body into its stored forms.</summary>
    public static RenderedBody Render(ResolvedDraft resolved) => resolved.Body.Render(resolved.Targets);

    /// <summary>The content to store: the draft's fields, resolved, with an excerpt made from the body when none is given.</summary>
    public static ArticleContent Compose(ArticleDraft draft, ResolvedDraft resolved, RenderedBody rendered)
    {
        var excerpt = string.IsNullOrWhiteSpace(draft.Excerpt) ? Excerpt.FromText(rendered.PlainText) : draft.Excerpt;
        return new ArticleContent(draft.Title, draft.Subtitle, excerpt, draft.Body, draft.Language, resolved.AuthorIds,
            resolved.TagIds, draft.FeatureImage, draft.CanonicalUrl, draft.Share);
    }

    private static async Task<Outcome<IReadOnlyList<Guid>>> ResolveAsync(string field, string what, IReadOnlyList<string> keys,
        Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyDictionary<string, Guid>>> find, CancellationToken cancellationToken)
    {
        var found = await find(keys, cancellationToken);
        var ids = new List<Guid>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            if (!found.TryGetValue(keys[i], out var id)) return Failure.InvalidField($"{field}[{i}]", $"names no {what} ('{keys[i]}')");
            if (ids.Contains(id)) return Failure.InvalidField($"{field}[{i}]", $"names the same {what} twice");
            ids.Add(id);
        }
        return ids;
    }
}
