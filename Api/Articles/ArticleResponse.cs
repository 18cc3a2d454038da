using System.Text.Json;
using System.Text.Json.Serialization;
using Cms.Domain.Articles;
using Cms.Domain.Articles.Body;
using Cms.Domain.Sharing;

namespace Cms.Api.Articles;

/// <summary>An article as the API shows it.</summary>
/// <param name="Id">UUID v7.</param>
/// <param name="Slug">Readable key.</param>
/// <param name="Title">Plain-text headline.</param>
/// <param name="Subtitle">Standfirst.</param>
/// <param name="Excerpt">Short summary, given or derived from the body.</param>
/// <param name="Language">BCP 47 tag.</param>
/// <param name="Status"><c>draft</c>, <c>scheduled</c>, <c>published</c> or <c>archived</c>.</param>
/// <param name="Url">The article's public URL, from the site's URL template.</param>
/// <param name="CreatedAt">When it was first saved.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="PublishedAt">When it went (or goes) public.</param>
/// <param name="FirstPublishedAt">When it first went public.</param>
/// <param name="Authors">Byline, in order.</param>
/// <param name="Tags">Tags in order; internal ones only for the newsroom.</param>
/// <param name="PrimaryTag">The first tag.</param>
/// <param name="FeatureImage">Head image.</param>
/// <param name="CanonicalUrl">The original's URL when republished.</param>
/// <param name="WordCount">Words in the body.</param>
/// <param name="ReadingTimeMinutes">Minutes to read at 230 words a minute.</param>
/// <param name="Share">Search and social-share metadata as stored.</param>
/// <param name="ReadAlso">The body's read-also teasers whose targets are published, in order.</param>
/// <param name="Body">The body in the formats asked for with <c>formats=</c>; null when none.</param>
/// <param name="Match">How the article matched <c>q</c>; present in search results only.</param>
/// <param name="SharePayload">With <c>include=share</c>: the resolved share payload, as <c>GET /api/v1/articles/{key}/share</c> answers it.</param>
public sealed record ArticleResponse(
    Guid Id,
    string Slug,
    string Title,
    string? Subtitle,
    string Excerpt,
    string Language,
    string Status,
    string Url,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? FirstPublishedAt,
    IReadOnlyList<ArticleAuthor> Authors,
    IReadOnlyList<ArticleTag> Tags,
    ArticleTag? PrimaryTag,
    FeatureImage? FeatureImage,
    string? CanonicalUrl,
    int WordCount,
    int ReadingTimeMinutes,
    ShareMetadata Share,
    IReadOnlyList<ArticleReadAlso> ReadAlso,
    BodyResponse? Body,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SearchMatch? Match,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SharePayload? SharePayload = null)
{
    /// <summary>Shapes a stored view, resolving read-also teasers in every body format asked for.</summary>
    public static ArticleResponse From(ArticleView view, ArticleLinks links, SharePayload? sharePayload = null)
    {
        var visible = ReadAlsoSplice.Visible(view.ReadAlso);
        var body = view.Body is { } stored
            ? new BodyResponse(
                stored.Html is { } html ? ReadAlsoSplice.Html(html, visible, view.Language) : null,
                stored.PlainText is { } text ? ReadAlsoSplice.PlainText(text, visible, view.Language) : null,
                stored.Markdown is { } markdown ? ReadAlsoSplice.Markdown(markdown, visible) : null,
                stored.Blocks is { } blocks ? new BodyBlocks(ReadAlsoSplice.Blocks(blocks, visible)) : null)
            : null;
        var authors = view.Authors.Select(ArticleAuthor.From).ToList();
        var tags = view.Tags.Select(ArticleTag.From).ToList();
        return new ArticleResponse(view.Id, view.Slug, view.Title, view.Subtitle, view.Excerpt, view.Language, view.Status.Name(),
            links.UrlOf(view.Id, view.Slug, view.PublishedAt, view.CreatedAt), view.CreatedAt, view.UpdatedAt, view.PublishedAt,
            view.FirstPublishedAt, authors, tags, tags.Count > 0 ? tags[0] : null, view.FeatureImage,
            view.CanonicalUrl, view.WordCount, ReadingTime.Minutes(view.WordCount), view.Share,
            view.ReadAlso.Select(ArticleReadAlso.From).ToList(), body,
            view.Hit is { } hit ? new SearchMatch(hit.Highlighted, hit.Score) : null, sharePayload);
    }
}

/// <summary>The body in the formats asked for; a format not asked for is null.</summary>
/// <param name="Html">Sanitised HTML.</param>
/// <param name="Plaintext">Plain text, paragraphs separated by blank lines.</param>
/// <param name="Markdown">Markdown source, teasers written with their current slug.</param>
/// <param name="Blocks">Typed blocks for native rendering.</param>
public sealed record BodyResponse(string? Html, string? Plaintext, string? Markdown, BodyBlocks? Blocks);

/// <summary>A JSON array of typed body blocks, written through as it was rendered.</summary>
[JsonConverter(typeof(BodyBlocksConverter))]
public sealed record BodyBlocks(string Json);

/// <summary>Writes body blocks as raw JSON.</summary>
public sealed class BodyBlocksConverter : JsonConverter<BodyBlocks>
{
    /// <inheritdoc />
    public override BodyBlocks Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return new BodyBlocks(document.RootElement.GetRawText());
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, BodyBlocks value, JsonSerializerOptions options) => writer.WriteRawValue(value.Json, skipInputValidation: true);
}
