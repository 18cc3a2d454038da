namespace Cms.Domain.Feeds;

/// <summary>Writes a feed as RSS 2.0, with <c>atom:link rel="self"</c>, <c>dc:creator</c> bylines and <c>content:encoded</c> bodies.</summary>
public static class RssFeed
{
    /// <summary>The media type of an RSS feed.</summary>
    public const string MediaType = "application/rss+xml";

    private const string Atom = "http://www.w3.org/2005/Atom";
    private const string Content = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";

    /// <summary>The feed as UTF-8 XML.</summary>
    public static byte[] Write(Feed feed) => FeedXml.Write(xml =>
    {
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "atom", null, Atom);
        xml.WriteAttributeString("xmlns", "content", null, Content);
        xml.WriteAttributeString("xmlns", "dc", null, DublinCore);
        xml.WriteStartElement("channel");
        xml.Element("title", feed.Title);
        xml.Element("link", feed.SiteUrl);
        xml.Element("description", feed.Description);
        xml.Element("language", feed.Language);
        xml.Element("lastBuildDate", FeedXml.Rfc822(feed.Updated));
        xml.WriteStartElement("atom", "link", Atom);
        xml.WriteAttributeString("href", feed.SelfUrl);
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", MediaType);
        xml.WriteEndElement();
        foreach (var entry in feed.Entries)
        {
            xml.WriteStartElement("item");
            xml.Element("title", entry.Title);
            xml.Element("link", entry.Url);
            xml.WriteStartElement("guid");
            xml.WriteAttributeString("isPermaLink", "false");
            xml.WriteString($"urn:uuid:{entry.Id:D}");
            xml.WriteEndElement();
            xml.Element("pubDate", FeedXml.Rfc822(entry.Published));
            xml.Element("description", entry.Summary);
            foreach (var author in entry.Authors) xml.Element("dc", "creator", DublinCore, author.Name);
            foreach (var category in entry.Categories) xml.Element("category", category);
            if (entry.ContentHtml is { } html) xml.Element("content", "encoded", Content, html);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
    });
}
