using DerivedExcerpt = Cms.Domain.Articles.Body.Excerpt;

namespace Cms.Domain.Articles;

/// <summary>What editors write on an article: everything but its identity, status and dates.</summary>
public sealed record ArticleContent(
    string Title,
    string? Subtitle,
    string Excerpt,
    string Body,
    string Language,
    IReadOnlyList<Guid> AuthorIds,
    IReadOnlyList<Guid> TagIds,
    FeatureImage? FeatureImage,
    string? CanonicalUrl,
    ShareMetadata Share)
{
    /// <summary>
    /// True when the excerpt is the one the body gives, so that it follows the body when only the body is changed. Whether an
    /// excerpt was written or derived is not stored: one that reads exactly as the body's derived excerpt counts as derived.
    /// </summary>
    public bool ExcerptFollowsBody() => Excerpt == DerivedExcerpt.FromBody(Body);
}

/// <summary>The picture shown at the head of an article and in cards.</summary>
public sealed record FeatureImage(string Url, string? Alt, string? Caption, string? Credit, int? Width, int? Height);

/// <summary>What an article says of itself to search engines and social networks.</summary>
public sealed record ShareMetadata(
    string? MetaTitle,
    string? MetaDescription,
    string? OgTitle,
    string? OgDescription,
    string? OgImage,
    string? TwitterTitle,
    string? TwitterDescription,
    string? TwitterImage,
    string? TwitterCard,
    IReadOnlyList<string> Hashtags)
{
    /// <summary>No share metadata at all.</summary>
    public static readonly ShareMetadata None = new(null, null, null, null, null, null, null, null, null, []);

    /// <summary>The X card types an article may ask for.</summary>
    public static readonly IReadOnlySet<string> TwitterCards = new HashSet<string>(StringComparer.Ordinal) { "summary", "summary_large_image" };
}
