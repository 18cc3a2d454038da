using System.Text.Json;
using Cms.Domain.Articles;

namespace Cms.Infrastructure.Articles;

/// <summary>One row of the articles table, as Dapper reads it.</summary>
internal sealed class ArticleRow
{
    public const string Columns = """
        id, slug, title, subtitle, excerpt, language, status, created_at, updated_at, published_at, first_published_at,
        image_url, image_alt, image_caption, image_credit, image_width, image_height, canonical_url, word_count,
        meta_title, meta_description, og_title, og_description, og_image, twitter_title, twitter_description,
        twitter_image, twitter_card, hashtags, version
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
    public string? BodyHtml { get; init; }
    public string? BodyText { get; init; }
    public string? BodyBlocks { get; init; }
    public int LoadedVersion { get; init; }
    public string? ExternalId { get; init; }

    public ArticleStatus ParsedStatus => ArticleStatusNames.Parse(Status) ?? ArticleStatus.Draft;

    public FeatureImage? FeatureImage => ImageUrl is null
        ? null
        : new FeatureImage(ImageUrl, ImageAlt, ImageCaption, ImageCredit, ImageWidth, ImageHeight);

    public ShareMetadata Share => new(MetaTitle, MetaDescription, OgTitle, OgDescription, OgImage, TwitterTitle,
        TwitterDescription, TwitterImage, TwitterCard, JsonSerializer.Deserialize(Hashtags, StoreJson.Default.StringArray) ?? []);

    public ArticleContent Content(IReadOnlyList<Guid> authorIds, IReadOnlyList<Guid> tagIds) =>
        new(Title, Subtitle, Excerpt, BodyMarkdown ?? "", Language, authorIds, tagIds, FeatureImage, CanonicalUrl, Share);
}
