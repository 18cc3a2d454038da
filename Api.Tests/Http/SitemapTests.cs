using System.Globalization;
using System.Net;
using System.Xml.Linq;

namespace Cms.Api.Tests.Http;

/// <summary>Sitemaps parse as XML with their required elements, list published articles only, split past the file limit, and answer 304s.</summary>
public sealed class SitemapTests : SharedCms
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";
    private static readonly DateTimeOffset Recent = DateTimeOffset.UtcNow.AddHours(-3);

    protected override async Task SeedAsync()
    {
        await Admin.PublishedAsync("Archives de 2023", "2023-05-01T08:00:00Z");
        await Admin.PublishedAsync("L’été “chaud” & <sec>", Recent.ToString("O", CultureInfo.InvariantCulture), "fr-BE");
        await Admin.PublishedAsync("Il y a trois jours", DateTimeOffset.UtcNow.AddDays(-3).ToString("O", CultureInfo.InvariantCulture), "en");
        var republished = await Admin.DraftAsync("Republié d’ailleurs");
        using var patch = await Admin.PatchMergeAsync($"/api/v1/articles/{republished["id"]}", """{"canonicalUrl":"https://origin.example/story"}""");
        await Admin.PostJsonAsync($"/api/v1/articles/{republished["id"]}/publish", new { publishedAt = "2024-01-01T08:00:00Z" });
        await Admin.DraftAsync("Brouillon secret");
    }

    private async Task<XDocument> XmlAsync(string url)
    {
        using var response = await Anonymous.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/xml"));
        return XDocument.Parse(text);
    }

    [Test]
    public async Task The_sitemap_lists_each_published_article_of_the_site_with_its_lastmod()
    {
        var sitemap = await XmlAsync("/sitemap.xml");
        var urls = sitemap.Root!.Elements(Sitemap + "url").ToList();
        var articles = (await Admin.GetJsonAsync("/api/v1/articles?status=published&limit=100"))["items"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(sitemap.Root.Name, Is.EqualTo(Sitemap + "urlset"));
            Assert.That(urls.Select(u => u.Element(Sitemap + "loc")!.Value), Is.EquivalentTo(new[]
            {
                "https://news.example/2023/05/archives-de-2023",
                $"https://news.example/{Recent:yyyy}/{Recent:MM}/l-ete-chaud-sec",
                $"https://news.example/{DateTimeOffset.UtcNow.AddDays(-3):yyyy}/{DateTimeOffset.UtcNow.AddDays(-3):MM}/il-y-a-trois-jours",
            }));
            foreach (var url in urls)
            {
                var slug = url.Element(Sitemap + "loc")!.Value.Split('/')[^1];
                var updated = articles.Single(a => a!["slug"]!.GetValue<string>() == slug)!["updatedAt"]!.GetValue<string>();
                Assert.That(DateTimeOffset.Parse(url.Element(Sitemap + "lastmod")!.Value, CultureInfo.InvariantCulture),
                    Is.EqualTo(DateTimeOffset.Parse(updated, CultureInfo.InvariantCulture)).Within(TimeSpan.FromSeconds(1)));
            }
        });
    }

    [Test]
    public async Task The_news_sitemap_holds_the_last_two_days_with_publication_name_language_date_and_title()
    {
        var sitemap = await XmlAsync("/sitemap-news.xml");
        var urls = sitemap.Root!.Elements(Sitemap + "url").ToList();
        var news = urls.Single().Element(News + "news")!;
        Assert.Multiple(() =>
        {
            Assert.That(urls.Single().Element(Sitemap + "loc")!.Value, Does.EndWith("/l-ete-chaud-sec"));
            Assert.That(news.Element(News + "publication")!.Element(News + "name")!.Value, Is.EqualTo("Newsroom"));
            Assert.That(news.Element(News + "publication")!.Element(News + "language")!.Value, Is.EqualTo("fr"));
            Assert.That(news.Element(News + "title")!.Value, Is.EqualTo("L’été “chaud” & <sec>"));
            Assert.That(DateTimeOffset.Parse(news.Element(News + "publication_date")!.Value, CultureInfo.InvariantCulture),
                Is.EqualTo(Recent).Within(TimeSpan.FromSeconds(1)));
        });
    }

    [Test]
    public async Task No_draft_shows_in_a_sitemap_even_for_a_key()
    {
        foreach (var url in new[] { "/sitemap.xml", "/sitemap-news.xml" })
            Assert.That(await Admin.GetStringAsync(url), Does.Not.Contain("brouillon"), url);
    }

    [TestCase(42951)]
    [TestCase(1000000)]
    [TestCase(int.MaxValue)]
    public async Task A_file_number_far_past_the_last_file_is_a_404(int number)
    {
        using var response = await Anonymous.GetAsync($"/sitemaps/articles-{number}.xml");
        await response.IsProblemAsync(HttpStatusCode.NotFound);
    }

    [TestCase("01")]
    [TestCase("+1")]
    [TestCase("00001")]
    public async Task A_file_number_written_otherwise_than_the_index_writes_it_is_a_404(string number)
    {
        using var response = await Anonymous.GetAsync($"/sitemaps/articles-{number}.xml");
        await response.IsProblemAsync(HttpStatusCode.NotFound);
        Assert.That((await Anonymous.GetAsync("/sitemaps/articles-1.xml")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Sitemaps_answer_an_ETag_and_a_304_for_it()
    {
        foreach (var url in new[] { "/sitemap.xml", "/sitemap-news.xml", "/sitemaps/articles-1.xml" }) await Anonymous.AnswersNotModifiedAsync(url);
    }
}

/// <summary>Past the URLs one file may hold, the sitemap becomes an index of files that together list every article once.</summary>
public sealed class SitemapIndexTests
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Test]
    public async Task Past_the_file_limit_the_sitemap_is_an_index_whose_files_list_every_article_once()
    {
        using var factory = new CmsFactory(settings: new Dictionary<string, string> { ["Cms:Sitemaps:UrlsPerFile"] = "2" });
        using var admin = factory.Admin();
        using var anonymous = factory.Anonymous();
        for (var day = 1; day <= 5; day++) await admin.PublishedAsync($"Jour {day}", $"2024-03-0{day}T08:00:00Z");
        await admin.DraftAsync("Brouillon");

        var index = XDocument.Parse(await anonymous.GetStringAsync("/sitemap.xml"));
        var files = index.Root!.Elements(Sitemap + "sitemap").ToList();
        var listed = new List<string>();
        foreach (var file in files)
        {
            var path = new Uri(file.Element(Sitemap + "loc")!.Value).AbsolutePath;
            var urlset = XDocument.Parse(await anonymous.GetStringAsync(path));
            listed.AddRange(urlset.Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value.Split('/')[^1]));
        }
        using var beyond = await anonymous.GetAsync("/sitemaps/articles-4.xml");
        await beyond.IsProblemAsync(HttpStatusCode.NotFound);
        Assert.Multiple(() =>
        {
            Assert.That(index.Root.Name, Is.EqualTo(Sitemap + "sitemapindex"));
            Assert.That(files.Select(f => f.Element(Sitemap + "loc")!.Value),
                Is.EqualTo(new[] { 1, 2, 3 }.Select(n => $"http://localhost/sitemaps/articles-{n}.xml")));
            Assert.That(files.All(f => DateTimeOffset.TryParse(f.Element(Sitemap + "lastmod")?.Value, CultureInfo.InvariantCulture, out _)), Is.True);
            Assert.That(listed, Is.EqualTo(new[] { "jour-1", "jour-2", "jour-3", "jour-4", "jour-5" }));
        });
    }
}
