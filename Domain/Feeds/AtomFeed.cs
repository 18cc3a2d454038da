namespace Cms.Domain.Feeds;

/// <summary>Writes a feed as Atom (RFC 4287).</summary>
public static class AtomFeed
{
    /// <summary>The media type of an Atom feed.</summary>
    public const string MediaType = "application/atom+xml";

    private const string Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The feed as UTF-8 XML.</summary>
    public static byte[] Write(Feed feed) => FeedXml.Write(xml =>
    {
        xml.WriteStartElement("feed", Atom);
        xml.WriteAttributeString("xml", "lang", null, feed.Language);
        xml.Element("id", feed.SelfUrl);
        Text(xml, "title", feed.Title);
        Text(xml, "subtitle", feed.Description);
        xml.Element("updated", FeedXml.Rfc3339(feed.Updated));
        Link(xml, "self", feed.SelfUrl, MediaType);
        Link(xml, "alternate", feed.SiteUrl, "text/html");
        Person(xml, new FeedPerson(feed.Publisher, feed.SiteUrl));
        foreach (var entry in feed.Entries)
        {
            xml.WriteStartElement("entry");
            xml.WriteAttributeString("xml", "lang", null, entry.Language);
            xml.Element("id", $"urn:uuid:{entry.Id:D}");
            Text(xml, "title", entry.Title);
            Link(xml, "alternate", entry.Url, "text/html");
            xml.Element("published", FeedXml.Rfc3339(entry.Published));
            xml.Element("updated", FeedXml.Rfc3339(entry.Updated));
            foreach (var author in entry.Authors) Person(xml, author);
            foreach (var category in entry.Categories)
            {
                xml.WriteStartElement("category");
                xml.WriteAttributeString("term", FeedXml.Clean(category));
                xml.WriteEndElement();
            }
            Text(xml, "summary", entry.Summary);
            if (entry.ContentHtml is { } html)
            {
                xml.WriteStartElement("content");
                xml.WriteAttributeString("type", "html");
                xml.WriteString(FeedXml.Clean(html));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    });

    private static void Person(System.Xml.XmlWriter xml, FeedPerson person)
    {
        xml.WriteStartElement("author");
        xml.Element("name", person.Name);
        xml.Element("uri", person.Url);
        xml.WriteEndElement();
    }

    private static void Text(System.Xml.XmlWriter xml, string name, string text)
    {
        xml.WriteStartElement(name);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(FeedXml.Clean(text));
        xml.WriteEndElement();
    }

    private static void Link(System.Xml.XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", FeedXml.Clean(href));
        xml.WriteEndElement();
    }
}
