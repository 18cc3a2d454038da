using Cms.Domain.Access;
using Cms.Domain.Articles.Body;
using Cms.Domain.Authors;
using Cms.Domain.Common;
using Cms.Domain.Tags;

namespace Cms.Domain.Articles;

/// <summary>A draft made ready to store: its slug, its content with links resolved to ids, and its rendered body.</summary>
internal sealed record PreparedArticle(string Slug, ArticleContent Content, RenderedBody Body);

/// <summary>Turns what a caller wrote into what is stored: authors, tags and read-also targets found, slug chosen, body rendered.</summary>
internal sealed class ArticlePreparation(IArticleStore articles, IAuthorStore authors, ITagStore tags)
{
    public async Task<Outcome<PreparedArticle>> PrepareAsync(ArticleDraft draft, Article? existing, Caller caller, CancellationToken cancellationToken)
    {
        var authorIds = await ResolveAsync("authors", "author", draft.Authors, authors.FindIdsAsync, cancellationToken);
        if (authorIds.Failure is { } noAuthor) return noAuthor;
        var tagIds = await ResolveAsync("tags", "tag", draft.Tags, tags.FindIdsAsync, cancellationToken);
        if (tagIds.Failure is { } noTag) return noTag;

        var body = ArticleBody.Parse(draft.Body);
        var targets = await articles.FindIdsAsync(body.ReadAlsoKeys, cancellationToken);
        if (body.ReadAlsoKeys.FirstOrDefault(key => !targets.ContainsKey(key)) is { } missing)
            return Failure.InvalidField("body", $"has a read-also teaser pointing at '{missing}', which is no article");
        if (existing is not null && targets.Values.Contains(existing.Id))
            return Failure.InvalidField("body", "has a read-also teaser pointing at the article itself");
        var rendered = body.Render(targets);

        var slug = await SlugChoice.ChooseAsync("article", draft.Slug, existing is null ? null : (existing.Id, existing.Slug), draft.Title,
            articles.SlugTakenAsync, cancellationToken);
        if (slug.Failure is { } taken) return taken;
        var excerpt = string.IsNullOrWhiteSpace(draft.Excerpt) ? Excerpt.FromText(rendered.PlainText) : draft.Excerpt;
        var content = new ArticleContent(draft.Title, draft.Subtitle, excerpt, draft.Body, draft.Language,
            ArticleRights.BylineOf(caller, authorIds.Value!), tagIds.Value!, draft.FeatureImage, draft.CanonicalUrl, draft.Share);
        return new PreparedArticle(slug.Value!, content, rendered);
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
