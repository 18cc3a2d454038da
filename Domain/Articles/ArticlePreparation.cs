using Cms.Domain.Access;
using Cms.Domain.Articles.Body;
using Cms.Domain.Common;

namespace Cms.Domain.Articles;

/// <summary>A draft made ready to store: its slug, its content with links resolved to ids, and its rendered body.</summary>
public sealed record PreparedArticle(string Slug, ArticleContent Content, RenderedBody Body);

/// <summary>A draft with everything it names resolved and its slug chosen; only the body is left to render.</summary>
/// <param name="Slug">The slug the article will have.</param>
/// <param name="AuthorIds">The byline, in order.</param>
/// <param name="TagIds">The tags, primary first.</param>
/// <param name="Body">The parsed body.</param>
/// <param name="Targets">The article id of each teaser key.</param>
public sealed record ResolvedDraft(string Slug, IReadOnlyList<Guid> AuthorIds, IReadOnlyList<Guid> TagIds, ArticleBody Body,
    IReadOnlyDictionary<string, Guid> Targets);

/// <summary>What a draft names, looked up: its authors, tags and teaser targets, whether a slug is free, who holds a language.</summary>
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

    /// <summary>The slug of the translation of <paramref name="articleId"/> written in <paramref name="language"/>, if any.</summary>
    Task<string?> LanguageHolderAsync(Guid articleId, string language, CancellationToken cancellationToken);
}

/// <summary>
/// Turns what a caller wrote into what is stored, in the steps every article write takes whichever door it came through:
/// resolve what the draft names and choose its slug, render the body (the costly step, which a bulk import runs on every
/// core), then compose the content.
/// </summary>
public sealed class ArticlePreparation(IArticleReferences references)
{
    /// <summary>All the steps, one after the other.</summary>
    public async Task<Outcome<PreparedArticle>> PrepareAsync(ArticleDraft draft, Article? existing, Caller caller, CancellationToken cancellationToken)
    {
        var resolved = await ResolveAsync(draft, existing is null ? null : (existing.Id, existing.Slug, existing.Content.Language), caller, null,
            cancellationToken);
        if (resolved.Failure is { } failure) return failure;
        var rendered = Render(resolved.Value!);
        return new PreparedArticle(resolved.Value!.Slug, Compose(draft, resolved.Value, rendered), rendered);
    }

    private const string NoArticle = "which is no article";
    private const string SelfTeaser = "has a read-also teaser pointing at the article itself";

    /// <summary>The 400 for an article given the language of <paramref name="holder"/>, one of its translations.</summary>
    public static Failure LanguageHeld(string holder) =>
        Failure.InvalidField("language", $"is the language of '{holder}', a translation of this article; one article per language");

    /// <summary>The 400 for a teaser naming no article (or one deleted since it was looked up).</summary>
    public static Failure UnknownTeaser(string key) => Failure.InvalidField("body", $"has a read-also teaser pointing at '{key}', {NoArticle}");

    /// <summary>True when <paramref name="failure"/> is a teaser naming no article known yet (an import may meet it later in its file).</summary>
    public static bool NamesUnknownTeaser(Failure? failure) =>
        failure?.Errors is { } errors && errors.TryGetValue("body", out var messages) && messages.Any(message => message.EndsWith(NoArticle, StringComparison.Ordinal));

    /// <summary>
    /// Resolves authors, tags and teasers, and chooses the slug; <paramref name="existing"/> is the article being changed (its
    /// id, slug and language), <paramref name="parsed"/> the body when it was parsed already.
    /// </summary>
    public async Task<Outcome<ResolvedDraft>> ResolveAsync(ArticleDraft draft, (Guid Id, string Slug, string Language)? existing, Caller caller,
        ArticleBody? parsed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(caller);
        var authorIds = await KeyResolution.ResolveAsync("authors", "author", draft.Authors, references.AuthorIdsAsync, cancellationToken);
        if (authorIds.Failure is { } noAuthor) return noAuthor;
        var tagIds = await KeyResolution.ResolveAsync("tags", "tag", draft.Tags, references.TagIdsAsync, cancellationToken);
        if (tagIds.Failure is { } noTag) return noTag;

        var body = parsed ?? ArticleBody.Parse(draft.Body);
        if (draft.Slug is { } own && body.ReadAlsoKeys.Contains(own, StringComparer.OrdinalIgnoreCase))
            return Failure.InvalidField("body", SelfTeaser);
        var targets = await references.ArticleIdsAsync(body.ReadAlsoKeys, cancellationToken);
        if (body.ReadAlsoKeys.FirstOrDefault(key => !targets.ContainsKey(key)) is { } missing) return UnknownTeaser(missing);
        if (existing is { } self && targets.Values.Contains(self.Id))
            return Failure.InvalidField("body", SelfTeaser);
        if (existing is { } changed && changed.Language != draft.Language
            && await references.LanguageHolderAsync(changed.Id, draft.Language, cancellationToken) is { } holder)
            return LanguageHeld(holder);

        var slug = await SlugChoice.ChooseAsync("article", draft.Slug, existing is { } current ? (current.Id, current.Slug) : null, draft.Title,
            references.ArticleSlugTakenAsync, cancellationToken);
        if (slug.Failure is { } taken) return taken;
        return new ResolvedDraft(slug.Value!, ArticleRights.BylineOf(caller, authorIds.Value!), tagIds.Value!, body, targets);
    }

    /// <summary>Renders the body into its stored forms.</summary>
    public static RenderedBody Render(ResolvedDraft resolved)
    {
        ArgumentNullException.ThrowIfNull(resolved);
        return resolved.Body.Render(resolved.Targets);
    }

    /// <summary>
    /// The content to store: the draft's fields, resolved, with an excerpt made from the body when none is given; the rendered
    /// body may be left out only when the draft gives its excerpt.
    /// </summary>
    public static ArticleContent Compose(ArticleDraft draft, ResolvedDraft resolved, RenderedBody? rendered)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(resolved);
        var excerpt = !string.IsNullOrWhiteSpace(draft.Excerpt) ? draft.Excerpt
            : rendered is not null ? Excerpt.FromText(rendered.PlainText)
            : throw new ArgumentNullException(nameof(rendered), "A draft without an excerpt takes it from the rendered body.");
        return new ArticleContent(draft.Title, draft.Subtitle, excerpt, draft.Body, draft.Language, resolved.AuthorIds,
            resolved.TagIds, draft.FeatureImage, draft.CanonicalUrl, draft.Share);
    }
}
