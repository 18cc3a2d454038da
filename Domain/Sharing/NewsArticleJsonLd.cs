using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Cms.Domain.Articles;
using Cms.Domain.Settings;

namespace Cms.Domain.Sharing;

/// <summary>schema.org <c>NewsArticle</c> structured data, with the properties search engines ask of news articles.</summary>
public static class NewsArticleJsonLd
{
    // Escapes <, >, &, quotes and + as \uXXXX, so the text can sit inside a <script> element as it is.
    private static readonly JsonSerializerOptions ScriptSafe = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The JSON-LD text; unset properties are left out.</summary>
    public static string For(ArticleView view, SiteSettings settings, string origin, string canonical, ShareCard openGraph)
    {
        var siteUrl = settings.Absolute("/", origin);
        var publisher = new JsonObject { ["@type"] = "Organization", ["name"] = settings.Publisher, ["url"] = siteUrl };
        if (settings.PublisherLogo is { } logo) publisher["logo"] = new JsonObject { ["@type"] = "ImageObject", ["url"] = logo };
        var article = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["mainEntityOfPage"] = new JsonObject { ["@type"] = "WebPage", ["@id"] = canonical },
            ["url"] = canonical,
            ["headline"] = view.Title,
        };
        if (openGraph.Description is { } description) article["description"] = description;
        if (openGraph.Image is { } image) article["image"] = new JsonArray(image.Url);
        if (view.PublishedAt is { } published) article["datePublished"] = HeadTags.Instant(published);
        article["dateModified"] = HeadTags.Instant(view.UpdatedAt);
        // Without a byline the publisher signs the article, as search engines want an author on every news article.
        article["author"] = view.Authors.Count == 0
            ? new JsonArray(new JsonObject { ["@type"] = "Organization", ["name"] = settings.Publisher, ["url"] = siteUrl })
            : new JsonArray(view.Authors.Select(author => (JsonNode)new JsonObject
            {
                ["@type"] = "Person",
                ["name"] = author.Name,
                ["url"] = SharePayloads.AuthorUrl(author, settings, origin),
            }).ToArray());
        article["publisher"] = publisher;
        article["inLanguage"] = view.Language;
        if (view.Tags.Count > 0)
        {
            article["articleSection"] = view.Tags[0].Name;
            article["keywords"] = new JsonArray(view.Tags.Select(tag => (JsonNode)JsonValue.Create(tag.Name)).ToArray());
        }
        return article.ToJsonString(ScriptSafe);
    }
}
