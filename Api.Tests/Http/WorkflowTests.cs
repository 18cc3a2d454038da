using System.Net;
using System.Text.Json.Nodes;

namespace Cms.Api.Tests.Http;

/// <summary>Each workflow action, the status it leads to and the dates it sets, and the transitions the newsroom refuses.</summary>
public sealed class WorkflowTests : SharedCms
{
    [Test]
    public async Task Publish_edit_unpublish_and_republish_set_publication_dates_as_the_newsroom_expects()
    {
        var id = await DraftAsync("Dates");
        var before = Factory.Time.GetUtcNow().AddMilliseconds(-1);
        var published = await ActAsync(id, "publish");
        var after = Factory.Time.GetUtcNow();
        Factory.Time.Advance(TimeSpan.FromHours(1));
        var edited = (await (await Admin.PatchMergeAsync($"/api/v1/articles/{id}", """{"subtitle":"Later"}""")).ReadAsync())!;
        Factory.Time.Advance(TimeSpan.FromHours(1));
        var unpublished = await ActAsync(id, "unpublish");
        Factory.Time.Advance(TimeSpan.FromHours(1));
        var republished = await ActAsync(id, "publish");

        var publishedAt = Instant(published, "publishedAt");
        Assert.Multiple(() =>
        {
            Assert.That(published["status"]!.GetValue<string>(), Is.EqualTo("published"));
            Assert.That(publishedAt, Is.InRange(before, after));
            Assert.That(Instant(published, "firstPublishedAt"), Is.EqualTo(publishedAt));
            Assert.That(Instant(edited, "publishedAt"), Is.EqualTo(publishedAt), "editing moved publishedAt");
            Assert.That(Instant(edited, "updatedAt"), Is.GreaterThan(publishedAt.AddMinutes(59)));
            Assert.That(unpublished["status"]!.GetValue<string>(), Is.EqualTo("draft"));
            Assert.That(unpublished["publishedAt"], Is.Null);
            Assert.That(Instant(unpublished, "firstPublishedAt"), Is.EqualTo(publishedAt));
            Assert.That(Instant(republished, "publishedAt"), Is.GreaterThan(publishedAt.AddHours(2)));
            Assert.That(Instant(republished, "firstPublishedAt"), Is.EqualTo(publishedAt), "the first publication moved");
        });
    }

    [Test]
    public async Task Archive_hides_a_published_article_and_restore_brings_it_back_with_its_dates()
    {
        var id = await DraftAsync("Archived story");
        var published = await ActAsync(id, "publish");
        var archived = await ActAsync(id, "archive");
        using var hidden = await Anonymous.GetAsync($"/api/v1/articles/{id}");
        await hidden.IsProblemAsync(HttpStatusCode.NotFound);
        var listedWhileArchived = await Anonymous.GetJsonAsync("/api/v1/articles");
        var restored = await ActAsync(id, "restore");
        var seen = await Anonymous.GetJsonAsync($"/api/v1/articles/{id}");

        Assert.Multiple(() =>
        {
            Assert.That(archived["status"]!.GetValue<string>(), Is.EqualTo("archived"));
            Assert.That(Instant(archived, "publishedAt"), Is.EqualTo(Instant(published, "publishedAt")));
            Assert.That(listedWhileArchived["items"]!.AsArray(), Is.Empty);
            Assert.That(restored["status"]!.GetValue<string>(), Is.EqualTo("published"));
            Assert.That(Instant(restored, "publishedAt"), Is.EqualTo(Instant(published, "publishedAt")));
            Assert.That(Instant(restored, "firstPublishedAt"), Is.EqualTo(Instant(published, "firstPublishedAt")));
            Assert.That(seen["status"]!.GetValue<string>(), Is.EqualTo("published"));
        });
    }

    [Test]
    public async Task Archiving_a_scheduled_article_cancels_its_schedule_and_restore_makes_it_a_draft()
    {
        var id = await DraftAsync("Cancelled");
        var scheduled = await ActAsync(id, "publish", new { publishedAt = Later(days: 2) });
        var archived = await ActAsync(id, "archive");
        var restored = await ActAsync(id, "restore");
        Assert.Multiple(() =>
        {
            Assert.That(scheduled["status"]!.GetValue<string>(), Is.EqualTo("scheduled"));
            Assert.That(archived["publishedAt"], Is.Null);
            Assert.That(restored["status"]!.GetValue<string>(), Is.EqualTo("draft"));
            Assert.That(restored["firstPublishedAt"], Is.Null);
        });
    }

    [TestCase("archive", "archive", "article-archived")]
    [TestCase("archive", "publish", "article-archived")]
    [TestCase(null, "restore", "article-not-archived")]
    [TestCase("publish", "restore", "article-not-archived")]
    public async Task Refused_transition_is_a_422_with_its_code_and_changes_nothing(string? first, string then, string code)
    {
        var id = await DraftAsync("Refused " + then);
        if (first is not null) await ActAsync(id, first);
        var before = await Admin.GetStringAsync($"/api/v1/articles/{id}");
        using var refused = await Admin.PostAsync($"/api/v1/articles/{id}/{then}", null);
        await refused.IsProblemAsync(HttpStatusCode.UnprocessableEntity, code: code);
        Assert.That(await Admin.GetStringAsync($"/api/v1/articles/{id}"), Is.EqualTo(before));
    }

    internal static string Later(double days = 0, double hours = 0) =>
        DateTimeOffset.UtcNow.AddDays(days).AddHours(hours).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    internal static DateTimeOffset Instant(JsonNode node, string name) =>
        DateTimeOffset.Parse(node[name]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

    private async Task<string> DraftAsync(string title) =>
        (await Admin.PostJsonAsync("/api/v1/articles", new { title, body = "Text.", language = "en" }))["id"]!.GetValue<string>();

    private Task<JsonNode> ActAsync(string id, string action, object? body = null) =>
        Admin.PostJsonAsync($"/api/v1/articles/{id}/{action}", body ?? new { });
}
