using System.Net;
using System.Net.Http.Headers;

namespace Cms.Api.Tests.Http;

/// <summary>If-Match with the article's ETag guards every write and action: a stale one is a 412 that changes nothing, and
/// among writers sending the same ETag at once exactly one wins. Without If-Match the last writer wins and none is refused.</summary>
public sealed class ConcurrencyTests : SharedCms
{
    public static IEnumerable<TestCaseData> Writes()
    {
        yield return Case("replace", (c, id) => new HttpRequestMessage(HttpMethod.Put, $"/api/v1/articles/{id}")
            { Content = Json.Body(new { title = "Put", body = "B", language = "en" }) });
        yield return Case("merge patch", (c, id) => new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/articles/{id}")
            { Content = Json.Body("""{"subtitle":"Patched"}""", "application/merge-patch+json") });
        yield return Case("delete", (c, id) => new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/articles/{id}"));
        foreach (var action in new[] { "publish", "unpublish", "archive", "restore", "revisions/1/restore" })
            yield return Case(action, (c, id) => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/articles/{id}/{action}"));
    }

    private static TestCaseData Case(string name, Func<HttpClient, string, HttpRequestMessage> request) =>
        new TestCaseData(request).SetArgDisplayNames(name);

    [TestCaseSource(nameof(Writes))]
    public async Task Stale_If_Match_is_a_412_that_changes_nothing_and_the_current_one_is_accepted(Func<HttpClient, string, HttpRequestMessage> write)
    {
        var id = await ArticleAtVersionTwoAsync();
        using var current = await Admin.GetAsync($"/api/v1/articles/{id}");
        var stale = new EntityTagHeaderValue($"\"v1-{new string('0', 20)}\"");
        var before = await StateAsync(id);

        using var staleRequest = write(Admin, id);
        staleRequest.Headers.IfMatch.Add(stale);
        using var refused = await Admin.SendAsync(staleRequest);
        await refused.IsProblemAsync(HttpStatusCode.PreconditionFailed, code: "precondition-failed");
        Assert.That(await StateAsync(id), Is.EqualTo(before));

        using var freshRequest = write(Admin, id);
        freshRequest.Headers.IfMatch.Add(current.Headers.ETag!);
        using var accepted = await Admin.SendAsync(freshRequest);
        Assert.That(accepted.StatusCode, Is.Not.EqualTo(HttpStatusCode.PreconditionFailed), await accepted.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Of_articles_created_at_once_each_is_kept_or_refused_alone()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var slugs = Enumerable.Range(0, 16).Select(i => i % 4 == 0 ? $"crowd-{run}" : $"crowd-{run}-{i}").ToList();

        var answers = await Task.WhenAll(slugs.Select(async (slug, i) =>
        {
            using var response = await Admin.PostAsync("/api/v1/articles", Json.Body(new { title = $"Crowd {i}", slug, body = "Texte.", language = "fr" }));
            return response.StatusCode;
        }));

        var kept = new List<string>();
        foreach (var slug in slugs.Distinct()) kept.Add((await Admin.GetJsonAsync($"/api/v1/articles/{slug}"))["title"]!.GetValue<string>());
        Assert.Multiple(() =>
        {
            Assert.That(answers.Count(status => status == HttpStatusCode.Created), Is.EqualTo(13));
            Assert.That(answers.Count(status => status == HttpStatusCode.Conflict), Is.EqualTo(3));
            Assert.That(answers.Where((_, i) => i % 4 != 0), Has.All.EqualTo(HttpStatusCode.Created));
            Assert.That(kept[0], Is.AnyOf("Crowd 0", "Crowd 4", "Crowd 8", "Crowd 12"));
            Assert.That(kept.Skip(1), Is.EqualTo(Enumerable.Range(0, 16).Where(i => i % 4 != 0).Select(i => $"Crowd {i}")));
        });
    }

    [Test]
    public async Task Of_writers_sending_the_same_ETag_at_once_exactly_one_wins_and_only_its_change_is_kept()
    {
        var id = await ArticleAtVersionTwoAsync();
        using var current = await Admin.GetAsync($"/api/v1/articles/{id}");
        var etag = current.Headers.ETag!;

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/articles/{id}")
            {
                Content = Json.Body($$"""{"subtitle":"Writer {{i}}"}""", "application/merge-patch+json"),
            };
            request.Headers.IfMatch.Add(etag);
            using var response = await Admin.SendAsync(request);
            return (i, response.StatusCode);
        }));

        var winners = answers.Where(a => a.StatusCode == HttpStatusCode.OK).ToList();
        var article = await Admin.GetJsonAsync($"/api/v1/articles/{id}");
        var revisions = await Admin.GetJsonAsync($"/api/v1/articles/{id}/revisions");
        Assert.Multiple(() =>
        {
            Assert.That(winners, Has.Count.EqualTo(1));
            Assert.That(answers.Where(a => a.StatusCode != HttpStatusCode.OK).Select(a => a.StatusCode),
                Is.All.EqualTo(HttpStatusCode.PreconditionFailed));
            Assert.That(article["subtitle"]!.GetValue<string>(), Is.EqualTo($"Writer {winners.Single().i}"));
            Assert.That(revisions["items"]!.AsArray(), Has.Count.EqualTo(3));
        });
    }

    [Test]
    public async Task Of_merge_patches_sent_at_once_without_If_Match_every_one_succeeds_and_each_leaves_a_revision()
    {
        var id = await ArticleAtVersionTwoAsync();

        var answers = await AtOnceAsync(20, i => new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/articles/{id}")
            { Content = Json.Body($$"""{"subtitle":"s{{i}}"}""", "application/merge-patch+json") });

        var article = await Admin.GetJsonAsync($"/api/v1/articles/{id}");
        var revisions = await Admin.GetJsonAsync($"/api/v1/articles/{id}/revisions?limit=100");
        Assert.Multiple(() =>
        {
            Assert.That(answers, Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(article["subtitle"]!.GetValue<string>(), Does.Match("^s[0-9]+$"));
            Assert.That(revisions["items"]!.AsArray(), Has.Count.EqualTo(22));
        });
    }

    [Test]
    public async Task Of_workflow_actions_sent_at_once_without_If_Match_every_one_succeeds()
    {
        var id = await ArticleAtVersionTwoAsync();

        var answers = await AtOnceAsync(20, i => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/articles/{id}/{(i % 2 == 0 ? "unpublish" : "publish")}"));

        Assert.That(answers, Is.All.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("tags", "description")]
    [TestCase("authors", "bio")]
    public async Task Of_listing_patches_sent_at_once_without_If_Match_every_one_succeeds(string route, string field)
    {
        var id = (await Admin.PostJsonAsync($"/api/v1/{route}", new { name = $"Crowded {Guid.NewGuid():N}" }))["id"]!.GetValue<string>();

        var answers = await AtOnceAsync(20, i => new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/{route}/{id}")
            { Content = Json.Body($$"""{"{{field}}":"d{{i}}"}""", "application/merge-patch+json") });

        Assert.That(answers, Is.All.EqualTo(HttpStatusCode.OK));
    }

    private async Task<HttpStatusCode[]> AtOnceAsync(int count, Func<int, HttpRequestMessage> request) =>
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            using var sent = request(i);
            using var response = await Admin.SendAsync(sent);
            return response.StatusCode;
        }));

    private async Task<string> ArticleAtVersionTwoAsync()
    {
        var id = (await Admin.PostJsonAsync("/api/v1/articles", new { title = "Contested", body = "B", language = "en" }))["id"]!.GetValue<string>();
        await Admin.PostJsonAsync($"/api/v1/articles/{id}/publish", new { });
        return id;
    }

    private async Task<string> StateAsync(string id) =>
        await Admin.GetStringAsync($"/api/v1/articles/{id}") + await Admin.GetStringAsync($"/api/v1/articles/{id}/revisions");
}
