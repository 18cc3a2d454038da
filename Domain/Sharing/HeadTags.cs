using System.Globalization;
using System.Text;
using Cms.Domain.Articles;
using Cms.Domain.Settings;

namespace Cms.Domain.Sharing;

/// <summary>The meta tags of an article's head, and the head as HTML with every value escaped.</summary>
public static class HeadTags
{
    /// <summary>The meta tags, unset values left out.</summary>
    public static IReadOnlyList<MetaTag> Meta(ArticleView view, SiteSettings settings, string origin, PageHead page, ShareCard og, XCard x)
    {
        var tags = new List<MetaTag>();
        void Name(string name, string? content)
        {
            if (!string.IsNullOrWhiteSpace(content)) tags.Add(new MetaTag(name, null, content));
        }
        void Property(string property, string? content)
        {
            if (!string.IsNullOrWhiteSpace(content)) tags.Add(new MetaTag(null, property, content));
        }

        Name("description", page.Description);
        Property("og:type", og.Type);
        Property("og:site_name", og.SiteName);
        Property("og:title", og.Title);
        Property("og:description", og.Description);
        Property("og:url", og.Url);
        Property("og:locale", og.Locale);
        Property("og:image", og.Image?.Url);
        Property("og:image:alt", og.Image?.Alt);
        Property("og:image:width", og.Image?.Width?.ToString(CultureInfo.InvariantCulture));
        Property("og:image:height", og.Image?.Height?.ToString(CultureInfo.InvariantCulture));
        Property("fb:app_id", settings.FacebookAppId);
        Property("article:published_time", view.PublishedAt is { } published ? Instant(published) : null);
        Property("article:modified_time", Instant(view.UpdatedAt));
        Property("article:section", view.Tags.Count > 0 ? view.Tags[0].Name : null);
        foreach (var author in view.Authors) Property("article:author", SharePayloads.AuthorUrl(author, settings, origin));
        foreach (var tag in view.Tags) Property("article:tag", tag.Name);
        Name("twitter:card", x.Card);
        Name("twitter:site", x.Site);
        Name("twitter:title", x.Title);
        Name("twitter:description", x.Description);
        Name("twitter:image", x.Image?.Url);
        Name("twitter:image:alt", x.Image?.Alt);
        return tags;
    }

    /// <summary>The head as HTML: title, canonical link, meta tags, hreflang links and the JSON-LD script.</summary>
    public static string Html(PageHead page, string canonical, IReadOnlyList<MetaTag> tags, IReadOnlyList<LanguageAlternate> alternates, string jsonLd)
    {
        var html = new StringBuilder();
        html.Append("<title>").Append(Escape(page.Title)).Append("</title>\n");
        html.Append("<link rel=\"canonical\" href=\"").Append(Escape(canonical)).Append("\">\n");
        foreach (var tag in tags)
        {
            var (attribute, key) = tag.Name is null ? ("property", tag.Property!) : ("name", tag.Name);
            html.Append("<meta ").Append(attribute).Append("=\"").Append(Escape(key)).Append("\" content=\"").Append(Escape(tag.Content)).Append("\">\n");
        }
        foreach (var alternate in alternates)
        {
            html.Append("<link rel=\"alternate\" hreflang=\"").Append(Escape(alternate.Language))
                .Append("\" href=\"").Append(Escape(alternate.Url)).Append("\">\n");
        }
        // The JSON-LD text escapes <, > and & itself, so no value can close the script element.
        html.Append("<script type=\"application/ld+json\">").Append(jsonLd).Append("</script>\n");
        return html.ToString();
    }

    /// <summary>Text made safe inside an HTML element or a double- or single-quoted attribute.</summary>
    public static string Escape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);

    /// <summary>An instant as ISO 8601 in UTC, to the second.</summary>
    public static string Instant(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
