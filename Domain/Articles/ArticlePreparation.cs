using Cms.Domain.Access;
using Cms.Domain.Articles.Body;
using Cms.Domain.Authors;
using Cms.Domain.Common;
using Cms.Domain.Tags;
using Cms.Domain.Translations;

namespace Cms.Domain.Articles;

/// <summary>A draft made ready to store: its slug, its content with links resolved to ids, and its rendered body.</summary>
internal sealed record PreparedArticle(string Slug, ArticleContent Content, RenderedBody Body);

/// <summary>Turns what a caller wrote into what is stored: authors, tags and read-also targets found, slug chosen, body rendered.</summary>
internal sealed class ArticlePreparation(IArticleStore articles, IAuthorStore authors, ITagStore tags, ITranslationStore translations)
{
    public async Task<Outcome<PreparedArticle>> PrepareAsync(ArticleDraft draft, Article? existing, Caller caller, CancellationToken cancellationToken)
    {
        var authorIds = await KeyResolution.ResolveAsync("authors", "author", draft.Authors, authors.FindIdsAsync, cancellationToken);
        if (authorIds.Failure is { } noAuthor) return noAuthor;
        var tagIds = await KeyResolution.ResolveAsync("tags", "tag", draft.Tags, tags.FindIdsAsync, cancellationToken);
        if (tagIds.Failure is { } noTag) return noTag;

        var body = ArticleBody.Parse(draft.Body);
        var targets = await articles.FindIdsAsync(body.ReadAlsoKeys, cancellationToken);
        if (body.ReadAlsoKeys.FirstOrDefault(key => !targets.ContainsKey(key)) is { } missing)
            return Failure.InvalidField("body", $"has a read-also teaser pointing at '{missing}', which is no article");
        if (existing is not null && targets.Values.Contains(existing.Id))
            return Failure.InvalidField("body", "has a read-also teaser pointing at the article itself");
        if (existing is not null && existing.Content.Language != draft.Language
            && await translations.LanguageHolderAsync(existing.Id, draft.Language, cancellationToken) is { } holder)
            return Failure.InvalidField("language", $"is the language of '{holder}', a translation of this article; one article per language");
        var rendered = body.Render(targets);

        var slug = await SlugChoice.ChooseAsync("article", draft.Slug, existing is null ? null : (existing.Id, existing.Slug), draft.Title,
            articles.SlugTakenAsync, cancellationToken);
        if (slug.Failure is { } taken) return taken;
        var excerpt = string.IsNullOrWhiteSpace(draft.Excerpt) ? Excerpt.FromText(rendered.PlainText) : draft.Excerpt;
        var content = new ArticleContent(draft.Title, draft.Subtitle, excerpt, draft.Body, draft.Language,
            ArticleRights.BylineOf(caller, authorIds.Value!), tagIds.Value!, draft.FeatureImage, draft.CanonicalUrl, draft.Share);
        return new PreparedArticle(slug.Value!, content, rendered);
    }
}
