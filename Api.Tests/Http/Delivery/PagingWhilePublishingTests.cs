using System.Net;
using System.Text.Json.Nodes;

namespace Cms.Api.Tests.Http.Delivery;

/// <summary>
/// Cursor paging in every order, while drafts are published between pages (now, or backdated into the part of the list
/// already read or still to come): each article public when the walk began is seen exactly once, and nothing twice.
/// </summary>
public sealed class PagingWhilePublishingTests
{
    private const string Articles = "/api/v1/articles";
    private const int PublishedPerWalk = 4;

    private readonly Queue<string> drafts = new();
    private CmsFactory factory = null!;
    private HttpClient admin = null!;
    private HttpClient anonymous = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        factory = new CmsFactory();
        admin = factory.Admin();
        anonymous = factory.Anonymous();
        var times = new[] { "2024-01-01T08:00:00Z", "2024-02-01T08:00:00Z", "2024-02-01T08:00:00Z", "2024-02-01T08:00:00Z", "2024-03-01T08:00:00Z", "2024-04-01T08:00:00Z" };
        for (var i = 0; i < times.Length; i++)
        {
            var created = await admin.PostJsonAsync(Articles, Story($"Storm report {i * 2}"));
            await admin.PostJsonAsync($"{Articles}/{created["id"]}/publish", new { publishedAt = times[i] });
        }
        for (var i = 0; i < 7 * PublishedPerWalk; i++)
        {
            drafts.Enqueue((await admin.PostJsonAsync(Articles, Story($"Storm report {i * 2 + 1}")))["id"]!.GetValue<string>());
        }
    }

    [OneTimeTearDown]
    public void Stop()
    {
        admin.Dispose();
        anonymous.Dispose();
        factory.Dispose();
    }

    [TestCase("sort=-publishedAt")]
    [TestCase("sort=publishedAt")]
    [TestCase("sort=-updatedAt")]
    [TestCase("sort=updatedAt")]
    [TestCase("sort=title")]
    [TestCase("sort=-title")]
    [TestCase("q=storm")]
    public async Task Cursor_paging_sees_every_article_public_at_the_start_once_while_others_are_published_between_pages(string query)
    {
        var atStart = await IdsAsync($"{Articles}?{query}&limit=100");
        var seen = new List<string>();
        var published = 0;
        var url = $"{Articles}?{query}&limit=2";
        for (var pages = 0; pages < 50; pages++)
        {
            using var response = await anonymous.GetAsync(url);
            var page = await response.ReadAsync();
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), page.ToJsonString());
            seen.AddRange(Ids(page));
            if (page["page"]!["nextCursor"]?.GetValue<string>() is not { } cursor) break;
            if (published < PublishedPerWalk) await PublishOneAsync(published++ % 2 == 0 ? null : "2024-02-01T08:00:00Z");
            url = $"{Articles}?{query}&limit=2&cursor={Uri.EscapeDataString(cursor)}";
        }
        Assert.Multiple(() =>
        {
            Assert.That(published, Is.GreaterThan(1), "articles were published while the walk went on");
            Assert.That(seen, Is.Unique);
            Assert.That(atStart.Except(seen), Is.Empty, "no article public at the start was skipped");
        });
    }

    private async Task PublishOneAsync(string? publishedAt) =>
        await admin.PostJsonAsync($"{Articles}/{drafts.Dequeue()}/publish", publishedAt is null ? new { } : (object)new { publishedAt });

    private static object Story(string title) => new { title, body = "Wind and rain along the coast.", language = "en", excerpt = "Weather." };

    private async Task<List<string>> IdsAsync(string url) => Ids(await anonymous.GetJsonAsync(url));

    private static List<string> Ids(JsonNode page) => page["items"]!.AsArray().Select(item => item!["id"]!.GetValue<string>()).ToList();
}
