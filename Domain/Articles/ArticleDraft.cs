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
    ShareMetadata Share);
