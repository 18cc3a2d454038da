using System.Text.Json;
using Cms.Domain.Articles;
using Cms.Infrastructure.Database;

namespace Cms.Infrastructure.Articles;

/// <summary>One row of the articles table, as Dapper reads it.</summary>
internal sealed class ArticleRow
{
    /// <summary>The columns every read takes, from the articles table aliased <c>a</c>.</summary>
    public const string Columns = """
        a.id, a.slug, a.title, a.subtitle, a.excerpt, a.language, a.status, a.created_at, a.updated_at, a.published_at,
        a.first_published_at, a.image_url, a.image_alt, a.image_caption, a.image_credit, a.image_width, a.image_height,
        a.canonical_url, a.word_count, a.meta_title, a.meta_description, a.og_title, a.og_description, a.og_image,
        a.twitter_title, a.twitter_description, a.twitter_image, a.twitter_card, a.hashtags, a.version
        """;

    public Guid Id { get; init; }
    public string Slug { get; init; } = "";
    public string Title { get; init; } = "";
    public string? Subtitle { get; init; }
    public string Excerpt { get; init; } = "";
    public string Language { get; init; } = "";
    public string Status { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public DateTimeOffset? FirstPublishedAt { get; init; }
    public string? ImageUrl { get; init; }
    public string? ImageAlt { get; init; }
    public string? ImageCaption { get; init; }
    public string? ImageCredit { get; init; }
    public int? ImageWidth { get; init; }
    public int? ImageHeight { get; init; }
    public string? CanonicalUrl { get; init; }
    public int WordCount { get; init; }
    public string? MetaTitle { get; init; }
    public string? MetaDescription { get; init; }
    public string? OgTitle { get; init; }
    public string? OgDescription { get; init; }
    public string? OgImage { get; init; }
    public string? TwitterTitle { get; init; }
    public string? TwitterDescription { get; init; }
    public string? TwitterImage { get; init; }
    public string? TwitterCard { get; init; }
    public string Hashtags { get; init; } = "[]";
    public int Version { get; init; }
    public string? BodyMarkdown { get; init; }
    public string? BodyMarkdownTemplate { get; init; }
    public object? BodyHtml { get; init; }
    public PackedText.Read? StoredHtml { get; init; }
    public int LoadedVersion { get; init; }
    public string? ExternalId { get; init; }
    public string SortTitle { get; init; } = "";
    public string? SortKey { get; init; }
    public double? Rank { get; init; }
    public string? SearchedBody { get; init; }
    public string? SearchedTitle { get; init; }
    public string? SearchedSubtitle { get; init; }
    public string? AuthorIds { get; init; }
    public string? TagIds { get; init; }
    public long NamesVersion { get; init; }
    public string? ReadAlsoJson { get; init; }
    public byte[]? Summary { get; init; }

    public ArticleStatus ParsedStatus => ArticleStatusNames.Parse(Status) ?? ArticleStatus.Draft;

    public FeatureImage? FeatureImage => ImageUrl is null
        ? null
        : new FeatureImage(ImageUrl, ImageAlt, ImageCaption, ImageCredit, ImageWidth, ImageHeight);

    public ShareMetadata Share => new(MetaTitle, MetaDescription, OgTitle, OgDescription, OgImage, TwitterTitle,
        TwitterDescription, TwitterImage, TwitterCard, JsonSerializer.Deserialize(Hashtags, StoreJson.Stored.StringArray) ?? []);

    public ArticleContent Content(IReadOnlyList<Guid> authorIds, IReadOnlyList<Guid> tagIds) =>
        new(Title, Subtitle, Excerpt, BodyMarkdown ?? "", Language, authorIds, tagIds, FeatureImage, CanonicalUrl, Share);
}
