using System.Net;

namespace Cms.Api.Tests.Http;

/// <summary>Publishing: now, backdated or scheduled, and the newsroom rule that an empty article cannot go public.</summary>
public sealed class PublishingTests : FreshCms
{
    [Test]
    public async Task Publish_with_a_future_time_schedules_the_article_and_keeps_it_hidden()
    {
        var created = await Admin.PostJsonAsync("/api/v1/articles", new { title = "Tomorrow", body = "B", language = "en" });
        var at = DateTimeOffset.UtcNow.AddDays(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var scheduled = await Admin.PostJsonAsync($"/api/v1/articles/{created["id"]}/publish", new { publishedAt = at });
        using var Anonymous = Factory.Anonymous();
        using var hidden = await Anonymous.GetAsync("/api/v1/articles/tomorrow");
        await hidden.IsProblemAsync(HttpStatusCode.NotFound);
        Assert.Multiple(async () =>
        {
            Assert.That(scheduled["status"]!.GetValue<string>(), Is.EqualTo("scheduled"));
            Assert.That(scheduled["publishedAt"]!.GetValue<string>(), Is.EqualTo(at.Replace("Z", ".000Z", StringComparison.Ordinal)));
            Assert.That(scheduled["firstPublishedAt"], Is.Null);
            Assert.That((await Anonymous.GetJsonAsync("/api/v1/articles"))["items"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public async Task Publish_with_an_empty_json_body_sent_in_chunks_publishes_as_with_no_body()
    {
        var created = await Admin.PostJsonAsync("/api/v1/articles", new { title = "Chunked", body = "B", language = "en" });
        var empty = new StreamContent(new MemoryStream());
        empty.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/articles/{created["id"]}/publish") { Content = empty };
        request.Headers.TransferEncodingChunked = true;

        using var response = await Admin.SendAsync(request);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
            Assert.That((await Admin.GetJsonAsync("/api/v1/articles/chunked"))["status"]!.GetValue<string>(), Is.EqualTo("published"));
        });
    }

    [Test]
    public async Task Publishing_an_article_with_an_empty_body_is_a_422_and_changes_nothing()
    {
        var created = await Admin.PostJsonAsync("/api/v1/articles", new { title = "Empty", body = "", language = "en" });
        var before = await Admin.GetStringAsync("/api/v1/articles/empty");
        using var refused = await Admin.PostAsync($"/api/v1/articles/{created["id"]}/publish", Json.Body(new { }));
        await refused.IsProblemAsync(HttpStatusCode.UnprocessableEntity, code: "article-empty");
        Assert.That(await Admin.GetStringAsync("/api/v1/articles/empty"), Is.EqualTo(before));
    }

    [Test]
    public async Task Emptying_the_body_of_a_published_article_is_a_422_and_changes_nothing()
    {
        await Admin.PostJsonAsync("/api/v1/articles", new { title = "En ligne", body = "Texte publié.", language = "fr" });
        await Admin.PostJsonAsync("/api/v1/articles/en-ligne/publish", new { });
        var before = await Admin.GetStringAsync("/api/v1/articles/en-ligne");

        using var patched = await Admin.PatchMergeAsync("/api/v1/articles/en-ligne", """{"body":"  "}""");
        await patched.IsProblemAsync(HttpStatusCode.UnprocessableEntity, code: "article-empty");
        using var replaced = await Admin.PutAsync("/api/v1/articles/en-ligne", Json.Body(new { title = "En ligne", body = "", language = "fr" }));
        await replaced.IsProblemAsync(HttpStatusCode.UnprocessableEntity, code: "article-empty");

        Assert.That(await Admin.GetStringAsync("/api/v1/articles/en-ligne"), Is.EqualTo(before));
    }

    [Test]
    public async Task Publish_without_a_body_and_backdated_publish_are_accepted()
    {
        await Admin.PostJsonAsync("/api/v1/articles", new { title = "Now", body = "B", language = "en" });
        await Admin.PostJsonAsync("/api/v1/articles", new { title = "Then", body = "B", language = "en" });
        using var now = await Admin.PostAsync("/api/v1/articles/now/publish", null);
        var then = await Admin.PostJsonAsync("/api/v1/articles/then/publish", new { publishedAt = "2020-02-29T12:00:00+01:00" });
        Assert.Multiple(async () =>
        {
            Assert.That(now.StatusCode, Is.EqualTo(HttpStatusCode.OK), await now.Content.ReadAsStringAsync());
            Assert.That(then["status"]!.GetValue<string>(), Is.EqualTo("published"));
            Assert.That(then["publishedAt"]!.GetValue<string>(), Is.EqualTo("2020-02-29T11:00:00.000Z"));
            Assert.That(then["firstPublishedAt"]!.GetValue<string>(), Is.EqualTo("2020-02-29T11:00:00.000Z"));
        });
    }
}
