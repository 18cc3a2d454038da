using System.Net;

namespace Cms.Api.Tests.Http;

/// <summary>
/// No draft, scheduled or archived article shows through any public route without a key that may see it: by id or slug,
/// in lists, filters, search and their counts, in every body format, in read-also teasers, share payloads, related lists,
/// translations, feeds, sitemaps, author and tag counts, and tombstones. Add each new public route here.
/// </summary>
public sealed class HiddenStatusTests
{
    private static readonly string[] HiddenTitles = ["Hidden draft", "Hidden scheduled", "Hidden archived"];

    private CmsFactory factory = null!;
    private readonly List<string> hiddenIds = [];
    private readonly List<string> hiddenSlugs = [];
    private readonly Dictionary<string, HttpClient> readers = [];

    /// <summary>Public routes that list or embed articles; none may mention a hidden one.</summary>
    private static readonly string[] Lists =
    [
        "/api/v1/articles", "/api/v1/articles?limit=100", "/api/v1/articles?page=1", "/api/v1/articles?formats=html,plaintext,markdown,blocks",
        "/api/v1/articles?q=hidden", "/api/v1/articles?q=secret&page=1", "/api/v1/articles?tag=politics&page=1",
        "/api/v1/articles?author=chloe-simon&page=1", "/api/v1/articles?tag=politics&author=chloe-simon&sort=-updatedAt&page=1",
        "/api/v1/articles?include=readAlso,share&sort=title&page=1", "/api/v1/articles?updatedSince=2000-01-01T00:00:00Z&page=1",
        "/api/v1/articles/visible?formats=html,plaintext,markdown,blocks&include=readAlso,share",
        "/api/v1/articles/visible/share", "/api/v1/articles/visible/related?limit=50", "/api/v1/articles/visible/translations",
        "/api/v1/tags/politics", "/api/v1/tags?page=1", "/api/v1/authors/chloe-simon", "/api/v1/authors?page=1",
        "/feeds/rss.xml", "/feeds/atom.xml", "/feeds/tags/politics/rss.xml", "/feeds/tags/politics/atom.xml",
        "/feeds/authors/chloe-simon/rss.xml", "/feeds/authors/chloe-simon/atom.xml", "/sitemap.xml", "/sitemap-news.xml",
        "/api/v1/article-tombstones?page=1",
        StatusFilter,
    ];

    /// <summary>Asking for other statuses: refused without a key, and only the key's own author's articles with one.</summary>
    private const string StatusFilter = "/api/v1/articles?status=draft,scheduled,archived&page=1";

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        factory = new CmsFactory();
        using var admin = factory.Admin();
        foreach (var name in new[] { "Alice Martin", "Bruno Keller", "Chloé Simon" }) await admin.PostJsonAsync("/api/v1/authors", new { name });
        await admin.PostJsonAsync("/api/v1/tags", new { name = "Politics" });
        var languages = new[] { "fr", "de", "es" };
        for (var i = 0; i < HiddenTitles.Length; i++)
        {
            var created = await admin.PostJsonAsync("/api/v1/articles", new
            {
                title = HiddenTitles[i], body = "Secret text.", language = languages[i], authors = new[] { "chloe-simon" }, tags = new[] { "politics" },
            });
            hiddenIds.Add(created["id"]!.GetValue<string>());
            hiddenSlugs.Add(created["slug"]!.GetValue<string>());
        }
        var teasers = string.Join("\n\n", hiddenSlugs.Select(slug => $"[[read-also: {slug}]]"));
        await admin.PostJsonAsync("/api/v1/articles", new
        {
            title = "Visible", body = $"Open text.\n\n{teasers}\n\nEnd.", language = "en", authors = new[] { "chloe-simon" }, tags = new[] { "politics" },
        });
        await admin.PostJsonAsync("/api/v1/articles/visible/publish", new { });
        using (var picks = await admin.PutAsync("/api/v1/articles/visible/related/picks", Json.Body(new { articles = hiddenIds }))) picks.EnsureSuccessStatusCode();
        using (var group = await admin.PutAsync("/api/v1/articles/visible/translations", Json.Body(new { articles = hiddenIds }))) group.EnsureSuccessStatusCode();
        await admin.PostJsonAsync($"/api/v1/articles/{hiddenIds[1]}/publish", new { publishedAt = WorkflowTests.Later(days: 5) });
        await admin.PostJsonAsync($"/api/v1/articles/{hiddenIds[2]}/publish", new { });
        await admin.PostJsonAsync($"/api/v1/articles/{hiddenIds[2]}/archive", new { });
        var deleted = await admin.PostJsonAsync("/api/v1/articles", new { title = "Hidden deleted draft", body = "B", language = "en" });
        hiddenSlugs.Add(deleted["slug"]!.GetValue<string>());
        hiddenIds.Add(deleted["id"]!.GetValue<string>());
        using (await admin.DeleteAsync($"/api/v1/articles/{deleted["id"]}")) { }

        readers["no key"] = factory.Anonymous();
        readers["another author's contributor key"] = await factory.ClientWithRoleAsync("contributor", "alice-martin");
        readers["another author's author key"] = await factory.ClientWithRoleAsync("author", "bruno-keller");
    }

    [OneTimeTearDown]
    public void Stop()
    {
        foreach (var reader in readers.Values) reader.Dispose();
        factory.Dispose();
    }

    [TestCase("no key")]
    [TestCase("another author's contributor key")]
    [TestCase("another author's author key")]
    public async Task Hidden_article_is_404_by_id_and_by_slug(string reader)
    {
        foreach (var key in hiddenIds.Take(3).Concat(hiddenSlugs.Take(3)))
        {
            using var response = await readers[reader].GetAsync($"/api/v1/articles/{key}?formats=html,plaintext,markdown,blocks");
            await response.IsProblemAsync(HttpStatusCode.NotFound, code: "article-not-found");
            foreach (var below in new[] { "share", "related", "translations" })
            {
                using var around = await readers[reader].GetAsync($"/api/v1/articles/{key}/{below}");
                await around.IsProblemAsync(HttpStatusCode.NotFound);
            }
            foreach (var below in new[] { "revisions", "revisions/1" })
            {
                using var revisions = await readers[reader].GetAsync($"/api/v1/articles/{key}/{below}");
                await revisions.IsProblemAsync(reader == "no key" ? HttpStatusCode.Unauthorized : HttpStatusCode.NotFound);
            }
        }
    }

    [TestCase("no key")]
    [TestCase("another author's contributor key")]
    [TestCase("another author's author key")]
    public async Task Hidden_article_is_absent_from_every_list_count_teaser_and_tombstone(string reader)
    {
        foreach (var url in Lists)
        {
            using var response = await readers[reader].GetAsync(url);
            var text = await response.Content.ReadAsStringAsync();
            Assert.Multiple(() =>
            {
                var refused = reader == "no key" && url == StatusFilter;
                Assert.That(response.StatusCode, Is.EqualTo(refused ? HttpStatusCode.BadRequest : HttpStatusCode.OK), $"{url}: {text}");
                foreach (var marker in hiddenIds.Concat(hiddenSlugs).Concat(HiddenTitles)) Assert.That(text, Does.Not.Contain(marker), url);
                if (url.Contains("/articles?", StringComparison.Ordinal) && url.Contains("page=1", StringComparison.Ordinal))
                    Assert.That(text, Does.Contain(url.Contains("q=", StringComparison.Ordinal) || url == StatusFilter ? "\"total\":0" : "\"total\":1").Or.Contain("\"status\":400"), url);
                if (url.Contains("tombstones", StringComparison.Ordinal)) Assert.That(text, Does.Contain("\"total\":0"), url);
                if (url.EndsWith("/politics", StringComparison.Ordinal) || url.EndsWith("/chloe-simon", StringComparison.Ordinal))
                    Assert.That(text, Does.Contain("\"articleCount\":1"), url);
            });
        }
    }
}
