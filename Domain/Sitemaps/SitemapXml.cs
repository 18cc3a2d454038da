using Cms.Domain.Feeds;

namespace Cms.Domain.Sitemaps;

/// <summary>Writes the sitemaps protocol's documents: a URL set, an index of sitemap files, and a Google News sitemap.</summary>
public static class SitemapXml
{
    /// <summary>The media type of a sitemap.</summary>
    public const string MediaType = "application/xml";

    private const string Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string News = "http://www.google.com/schemas/sitemap-news/0.9";

    /// <summary>A <c>urlset</c> with each URL's <c>lastmod</c>.</summary>
    public static byte[] UrlSet(IEnumerable<(string Url, DateTimeOffset Changed)> urls) => Locations("urlset", "url", urls);

    /// <summary>A <c>sitemapindex</c> naming each sitemap file with its <c>lastmod</c>.</summary>
    public static byte[] Index(IEnumerable<(string Url, DateTimeOffset Changed)> files) => Locations("sitemapindex", "sitemap", files);

    /// <summary>A Google News sitemap: each URL with its publication's name and language, publication date and title.</summary>
    public static byte[] NewsSet(string publication, IEnumerable<(string Url, SitemapArticle Article)> articles) => FeedXml.Write(xml =>
    {
        xml.WriteStartElement("urlset", Sitemap);
        xml.WriteAttributeString("xmlns", "news", null, News);
        foreach (var (url, article) in articles)
        {
            xml.WriteStartElement("url");
            xml.Element("loc", url);
            xml.WriteStartElement("news", "news", News);
            xml.WriteStartElement("news", "publication", News);
            xml.Element("news", "name", News, publication);
            xml.Element("news", "language", News, NewsLanguage(article.Language));
            xml.WriteEndElement();
            xml.Element("news", "publication_date", News, FeedXml.Rfc3339(article.PublishedAt));
            xml.Element("news", "title", News, article.Title);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    });

    private static byte[] Locations(string root, string item, IEnumerable<(string Url, DateTimeOffset Changed)> locations) => FeedXml.Write(xml =>
    {
        xml.WriteStartElement(root, Sitemap);
        foreach (var (url, changed) in locations)
        {
            xml.WriteStartElement(item);
            xml.Element("loc", url);
            xml.Element("lastmod", FeedXml.Rfc3339(changed));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    });

    /// <summary>The language as Google News wants it: the ISO 639 code, and <c>zh-cn</c> or <c>zh-tw</c> for Chinese.</summary>
    public static string NewsLanguage(string language)
    {
        var parts = language.ToLowerInvariant().Split('-');
        if (parts[0] != "zh") return parts[0];
        return parts.Any(part => part is "hant" or "tw" or "hk" or "mo") ? "zh-tw" : "zh-cn";
    }
}
