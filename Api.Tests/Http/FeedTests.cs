using System.Globalization;
using System.Net;
using System.Xml.Linq;

namespace Cms.Api.Tests.Http;

/// <summary>RSS and Atom feeds parse as XML with their required elements, carry published articles only, and answer 304s.</summary>
public sealed class FeedTests : SharedCms
{
    private const string Hostile = "Prix & “salaires” <en hausse> : l’été 🔥 ]]>";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";

    protected override async Task SeedAsync()
    {
        await Admin.PostJsonAsync("/api/v1/authors", new { name = "Claire Dubois" });
        await Admin.PostJsonAsync("/api/v1/authors", new { name = "Oliver Grant" });
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Économie" });
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "À relire", visibility = "internal" });
        await Admin.PublishedAsync("Plus ancien", "2024-01-01T08:00:00Z", authors: ["oliver-grant"]);
        await Admin.PublishedAsync("Les marchés", "2024-02-01T08:00:00Z", tags: ["economie"], authors: ["claire-dubois"]);
        await Admin.PublishedAsync(Hostile, "2024-03-01T08:00:00Z", tags: ["economie", "a-relire"], authors: ["claire-dubois"],
            body: "Premier paragraphe.\n\n[[read-also: les-marches]]\n\nDernier.");
        await Admin.DraftAsync("Brouillon secret", tags: ["economie"], authors: ["claire-dubois"]);
    }

    private async Task<XDocument> XmlAsync(string url, string mediaType)
    {
        using var response = await Anonymous.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(mediaType));
        return XDocument.Parse(text);
    }

    [Test]
    public async Task The_rss_feed_has_its_required_elements_and_the_exact_titles_newest_first()
    {
        var rss = await XmlAsync("/feeds/rss.xml", "application/rss+xml");
        var channel = rss.Root!.Element("channel")!;
        var items = channel.Elements("item").ToList();
        var self = channel.Element(Atom + "link")!;
        Assert.Multiple(() =>
        {
            Assert.That(rss.Root.Name.LocalName, Is.EqualTo("rss"));
            Assert.That(rss.Root.Attribute("version")?.Value, Is.EqualTo("2.0"));
            foreach (var required in new[] { "title", "link", "description" }) Assert.That(channel.Element(required)?.Value, Is.Not.Empty, required);
            Assert.That(self.Attribute("rel")?.Value, Is.EqualTo("self"));
            Assert.That(self.Attribute("href")?.Value, Is.EqualTo("http://localhost/feeds/rss.xml"));
            Assert.That(self.Attribute("type")?.Value, Is.EqualTo("application/rss+xml"));
            Assert.That(items.Select(i => i.Element("title")!.Value), Is.EqualTo(new[] { Hostile, "Les marchés", "Plus ancien" }));
            foreach (var item in items)
            {
                foreach (var required in new[] { "title", "link", "guid", "pubDate", "description" })
                    Assert.That(item.Element(required)?.Value, Is.Not.Empty, required);
            }
            Assert.That(DateTimeOffset.Parse(items[0].Element("pubDate")!.Value, CultureInfo.InvariantCulture),
                Is.EqualTo(new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.Zero)));
            Assert.That(items[0].Element("link")!.Value, Is.EqualTo($"https://news.example/2024/03/{Slug(items[0])}"));
            Assert.That(items[0].Element("guid")!.Attribute("isPermaLink")?.Value, Is.EqualTo("false"));
            Assert.That(items[0].Elements(Dc + "creator").Select(c => c.Value), Is.EqualTo(new[] { "Claire Dubois" }));
            Assert.That(items[0].Elements("category").Select(c => c.Value), Is.EqualTo(new[] { "Économie" }));
            Assert.That(items[0].Element(Content + "encoded"), Is.Null);
        });
    }

    [Test]
    public async Task The_atom_feed_has_its_required_elements()
    {
        var atom = await XmlAsync("/feeds/atom.xml", "application/atom+xml");
        var feed = atom.Root!;
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(feed.Name, Is.EqualTo(Atom + "feed"));
            foreach (var required in new[] { "id", "title", "updated" }) Assert.That(feed.Element(Atom + required)?.Value, Is.Not.Empty, required);
            Assert.That(feed.Element(Atom + "author")?.Element(Atom + "name")?.Value, Is.Not.Empty);
            Assert.That(feed.Elements(Atom + "link").Single(l => l.Attribute("rel")?.Value == "self").Attribute("href")?.Value,
                Is.EqualTo("http://localhost/feeds/atom.xml"));
            Assert.That(DateTimeOffset.Parse(feed.Element(Atom + "updated")!.Value, CultureInfo.InvariantCulture),
                Is.GreaterThanOrEqualTo(new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.Zero)));
            Assert.That(entries, Has.Count.EqualTo(3));
            foreach (var entry in entries)
            {
                foreach (var required in new[] { "id", "title", "updated", "published", "summary" })
                    Assert.That(entry.Element(Atom + required)?.Value, Is.Not.Empty, required);
                Assert.That(entry.Element(Atom + "link")?.Attribute("href")?.Value, Does.StartWith("https://news.example/"));
            }
            Assert.That(entries[0].Element(Atom + "title")!.Value, Is.EqualTo(Hostile));
            Assert.That(entries[0].Element(Atom + "id")!.Value, Does.StartWith("urn:uuid:"));
            Assert.That(entries[0].Element(Atom + "author")!.Element(Atom + "uri")!.Value, Is.EqualTo("http://localhost/authors/claire-dubois"));
        });
    }

    [TestCase("/feeds/tags/economie/rss.xml", new[] { Hostile, "Les marchés" })]
    [TestCase("/feeds/authors/claire-dubois/rss.xml", new[] { Hostile, "Les marchés" })]
    [TestCase("/feeds/authors/oliver-grant/rss.xml", new[] { "Plus ancien" })]
    public async Task Tag_and_author_feeds_carry_their_published_articles_only(string url, string[] titles)
    {
        var rss = await XmlAsync(url, "application/rss+xml");
        var atom = await XmlAsync(url.Replace("rss.xml", "atom.xml", StringComparison.Ordinal), "application/atom+xml");
        Assert.Multiple(() =>
        {
            Assert.That(rss.Root!.Element("channel")!.Elements("item").Select(i => i.Element("title")!.Value), Is.EqualTo(titles));
            Assert.That(atom.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value), Is.EqualTo(titles));
            Assert.That(rss.Root.Element("channel")!.Element(Atom + "link")!.Attribute("href")!.Value, Is.EqualTo("http://localhost" + url));
        });
    }

    [TestCase("/feeds/tags/a-relire/rss.xml")]
    [TestCase("/feeds/tags/nowhere/atom.xml")]
    [TestCase("/feeds/authors/nobody/rss.xml")]
    public async Task Internal_tags_and_unknown_tags_or_authors_have_no_feed(string url)
    {
        using var response = await Anonymous.GetAsync(url);
        await response.IsProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_draft_shows_in_no_feed_even_for_a_key()
    {
        foreach (var url in new[] { "/feeds/rss.xml", "/feeds/atom.xml", "/feeds/tags/economie/atom.xml", "/feeds/authors/claire-dubois/rss.xml" })
            Assert.That(await Admin.GetStringAsync(url), Does.Not.Contain("Brouillon secret"), url);
    }

    [Test]
    public async Task Feeds_answer_an_ETag_and_a_304_for_it()
    {
        foreach (var url in new[] { "/feeds/rss.xml", "/feeds/atom.xml", "/feeds/tags/economie/rss.xml" }) await Anonymous.AnswersNotModifiedAsync(url);
    }

    private static string Slug(XElement item) => item.Element("link")!.Value.Split('/')[^1];
}

/// <summary>What changes a feed: the site's choice of full content, and a new publication.</summary>
public sealed class FeedContentTests : FreshCms
{
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Test]
    public async Task With_full_content_entries_carry_the_body_html_with_its_read_also_teasers()
    {
        await Admin.PublishedAsync("Cible", "2024-01-01T08:00:00Z");
        await Admin.PublishedAsync("Article complet", "2024-02-01T08:00:00Z", body: "Un *paragraphe* & demi.\n\n[[read-also: cible]]");
        using var settings = await Admin.PutAsync("/api/v1/settings", Json.Body(new
        {
            siteName = "Le Quotidien", articleUrlTemplate = "/{slug}", defaultLanguage = "fr", baseUrl = "https://quotidien.example", feedContent = "full",
        }));
        var rss = XDocument.Parse(await Anonymous.GetStringAsync("/feeds/rss.xml"));
        var atom = XDocument.Parse(await Anonymous.GetStringAsync("/feeds/atom.xml"));
        var html = rss.Root!.Element("channel")!.Element("item")!.Element(Content + "encoded")!.Value;
        var atomContent = atom.Root!.Element(Atom + "entry")!.Element(Atom + "content")!;
        Assert.Multiple(() =>
        {
            Assert.That(settings.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(html, Does.Contain("<em>paragraphe</em> &amp; demi"));
            Assert.That(html, Does.Contain("Cible"));
            Assert.That(atomContent.Attribute("type")?.Value, Is.EqualTo("html"));
            Assert.That(atomContent.Value, Is.EqualTo(html));
            Assert.That(rss.Root.Element("channel")!.Element("title")!.Value, Is.EqualTo("Le Quotidien"));
            Assert.That(rss.Root.Element("channel")!.Element("item")!.Element("link")!.Value, Is.EqualTo("https://quotidien.example/article-complet"));
        });
    }

    [Test]
    public async Task A_new_publication_changes_the_feeds_ETag()
    {
        await Admin.PublishedAsync("Premier", "2024-01-01T08:00:00Z");
        using var before = await Anonymous.GetAsync("/feeds/atom.xml");
        await Admin.PublishedAsync("Second", "2024-01-02T08:00:00Z");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/feeds/atom.xml");
        request.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        using var after = await Anonymous.SendAsync(request);
        Assert.Multiple(() =>
        {
            Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(after.Headers.ETag, Is.Not.EqualTo(before.Headers.ETag));
        });
    }
}
