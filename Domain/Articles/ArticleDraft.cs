namespace Cms.Domain.Articles;

/// <summary>An article as a caller writes it: authors, tags and read-also teasers named by id or slug.</summary>
public sealed record ArticleDraft(
    string? Slug,
    string Title,
    string? Subtitle,
    string? Excerpt,
    string Body,
    string Language,
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Tags,
    FeatureImage? FeatureImage,
    string? CanonicalUrl,
    ShareMetadata Share)
{
    /// <summary>The draft that writes a revision's content and slug again.</summary>
    public static ArticleDraft From(ArticleState state)
    {
        var c = state.Content;
        return new ArticleDraft(state.Slug, c.Title, c.Subtitle, c.Excerpt, c.Body, c.Language, c.AuthorIds.Select(id => id.ToString("D")).ToList(),
            c.TagIds.Select(id => id.ToString("D")).ToList(), c.FeatureImage, c.CanonicalUrl, c.Share);
    }
}
