using System.Net;

namespace Cms.Api.Tests.Http;

/// <summary>
/// An editor or the article's author reads its draft with their key; a preview link shows that one article as it
/// stands to anyone holding the link, privately, until it expires or the article is deleted.
/// </summary>
public sealed class PreviewTests : SharedCms
{
    private HttpClient author = null!;

    [OneTimeSetUp]
    public async Task AddAuthorAsync()
    {
        await Admin.PostJsonAsync("/api/v1/authors", new { name = "Nina Preview" });
        await Admin.PostJsonAsync("/api/v1/authors", new { name = "Omar Other" });
        author = await Factory.ClientWithRoleAsync("author", "nina-preview");
    }

    [OneTimeTearDown]
    public void DisposeAuthor() => author.Dispose();

    [Test]
    public async Task Author_and_editor_read_the_draft_with_their_key_privately()
    {
        var id = await DraftAsync("Keyed draft");
        using var editor = await Factory.ClientWithRoleAsync("editor");
        foreach (var client in new[] { author, editor })
        {
            using var response = await client.GetAsync($"/api/v1/articles/{id}");
            Assert.Multiple(() =>
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
                Assert.That(response.Headers.NonValidated["Cache-Control"].ToString(), Is.EqualTo("private, no-store"));
            });
        }
    }

    [Test]
    public async Task Preview_link_shows_the_current_draft_without_a_key_and_is_never_publicly_cacheable()
    {
        var id = await DraftAsync("Preview me");
        var link = await author.PostJsonAsync($"/api/v1/articles/{id}/preview-links", new { });
        await (await author.PatchMergeAsync($"/api/v1/articles/{id}", """{"title":"Preview me, edited"}""")).ReadAsync();

        using var response = await Anonymous.GetAsync(PathOf(link));
        var article = await response.ReadAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(article["id"]!.GetValue<string>(), Is.EqualTo(id));
            Assert.That(article["status"]!.GetValue<string>(), Is.EqualTo("draft"));
            Assert.That(article["title"]!.GetValue<string>(), Is.EqualTo("Preview me, edited"));
            Assert.That(response.Headers.NonValidated["Cache-Control"].ToString(), Is.EqualTo("private, no-store"));
            Assert.That(response.Headers.NonValidated["X-Robots-Tag"].ToString(), Is.EqualTo("noindex"));
            Assert.That(WorkflowTests.Instant(link, "expiresAt"), Is.GreaterThan(Factory.Time.GetUtcNow().AddMinutes(59)));
        });
    }

    [Test]
    public async Task Preview_link_stops_working_when_it_expires()
    {
        var id = await DraftAsync("Short-lived");
        var expiresAt = Factory.Time.GetUtcNow().AddMinutes(10).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var link = await author.PostJsonAsync($"/api/v1/articles/{id}/preview-links", new { expiresAt });
        using var before = await Anonymous.GetAsync(PathOf(link));
        Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        Factory.Time.Advance(TimeSpan.FromMinutes(11));
        using var after = await Anonymous.GetAsync(PathOf(link));
        await after.IsProblemAsync(HttpStatusCode.NotFound, code: "preview-link-expired");
    }

    [Test]
    public async Task Preview_link_stops_working_when_the_article_is_deleted()
    {
        var id = await DraftAsync("Soon deleted");
        var link = await author.PostJsonAsync($"/api/v1/articles/{id}/preview-links", new { });
        using (await author.DeleteAsync($"/api/v1/articles/{id}")) { }
        using var response = await Anonymous.GetAsync(PathOf(link));
        await response.IsProblemAsync(HttpStatusCode.NotFound, code: "article-not-found");
    }

    [Test]
    public async Task Tampered_link_is_refused()
    {
        var id = await DraftAsync("Tamper");
        var path = PathOf(await author.PostJsonAsync($"/api/v1/articles/{id}/preview-links", new { }));
        var tampered = path[..^3] + (path[^3] == 'A' ? 'B' : 'A') + path[^2..];
        using var response = await Anonymous.GetAsync(tampered);
        await response.IsProblemAsync(HttpStatusCode.NotFound, code: "preview-link-invalid");
    }

    [Test]
    public async Task Only_keys_that_may_see_the_article_get_a_link_and_only_for_a_bounded_time()
    {
        var others = (await Admin.PostJsonAsync("/api/v1/articles", new { title = "Omar's draft", body = "B", language = "en", authors = new[] { "omar-other" } }))["id"];
        var own = await DraftAsync("Own");
        using var anonymous = await Anonymous.PostAsync($"/api/v1/articles/{own}/preview-links", Json.Body(new { }));
        using var hidden = await author.PostAsync($"/api/v1/articles/{others}/preview-links", Json.Body(new { }));
        using var tooLong = await author.PostAsync($"/api/v1/articles/{own}/preview-links", Json.Body(new { expiresAt = WorkflowTests.Later(days: 30) }));
        Assert.Multiple(async () =>
        {
            await anonymous.IsProblemAsync(HttpStatusCode.Unauthorized);
            await hidden.IsProblemAsync(HttpStatusCode.NotFound, code: "article-not-found");
            await tooLong.IsProblemAsync(HttpStatusCode.BadRequest, "expiresAt");
        });
    }

    [Test]
    public async Task A_key_gets_no_link_to_another_authors_published_article_whose_later_drafts_it_may_not_see()
    {
        var others = (await Admin.PostJsonAsync("/api/v1/articles",
            new { title = "Omar's story", body = "Published text.", language = "en", authors = new[] { "omar-other" } }))["id"]!.GetValue<string>();
        await Admin.PostJsonAsync($"/api/v1/articles/{others}/publish", new { });
        using var contributor = await Factory.ClientWithRoleAsync("contributor", "nina-preview");

        using var byAuthor = await author.PostAsync($"/api/v1/articles/{others}/preview-links", Json.Body(new { }));
        using var byContributor = await contributor.PostAsync($"/api/v1/articles/{others}/preview-links", Json.Body(new { }));
        await Admin.PostJsonAsync($"/api/v1/articles/{others}/unpublish", new { });
        using var afterUnpublish = await author.PostAsync($"/api/v1/articles/{others}/preview-links", Json.Body(new { }));
        Assert.Multiple(async () =>
        {
            await byAuthor.IsProblemAsync(HttpStatusCode.Forbidden, code: "not-your-article");
            await byContributor.IsProblemAsync(HttpStatusCode.Forbidden, code: "not-your-article");
            await afterUnpublish.IsProblemAsync(HttpStatusCode.NotFound, code: "article-not-found");
        });
    }

    private async Task<string> DraftAsync(string title) =>
        (await author.PostJsonAsync("/api/v1/articles", new { title, body = "Draft text.", language = "en" }))["id"]!.GetValue<string>();

    private static string PathOf(System.Text.Json.Nodes.JsonNode link) => new Uri(link["url"]!.GetValue<string>()).PathAndQuery;
}
