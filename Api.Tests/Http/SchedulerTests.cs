using Cms.Api.Articles;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Api.Tests.Http;

/// <summary>
/// The scheduler publishes scheduled articles when the clock the test controls says they are due, catches up at start-up
/// on those that fell due while the CMS was down, and publishes each exactly once.
/// </summary>
public sealed class SchedulerTests
{
    private static readonly Dictionary<string, string> OftenPassing = new() { ["Cms:Scheduler:IntervalSeconds"] = "0.05" };
    private static readonly Dictionary<string, string> NeverPassing = new() { ["Cms:Scheduler:IntervalSeconds"] = "3600" };

    [Test]
    public async Task Scheduled_article_is_published_by_the_running_scheduler_once_its_time_comes_and_not_before()
    {
        using var factory = new CmsFactory(settings: OftenPassing);
        using var admin = factory.Admin();
        using var anonymous = factory.Anonymous();
        var at = WorkflowTests.Later(hours: 1);
        var id = await ScheduleAsync(admin, "Due in an hour", at);
        var scheduler = factory.Services.GetRequiredService<PublicationScheduler>();

        await scheduler.PassedAsync(factory.Time.GetUtcNow());
        var stillScheduled = await admin.GetJsonAsync($"/api/v1/articles/{id}");
        factory.Time.Advance(TimeSpan.FromMinutes(61));
        await scheduler.PassedAsync(factory.Time.GetUtcNow());
        var published = await anonymous.GetJsonAsync($"/api/v1/articles/{id}");
        var listed = await anonymous.GetJsonAsync("/api/v1/articles");
        var revision = (await admin.GetJsonAsync($"/api/v1/articles/{id}/revisions"))["items"]![0]!;

        Assert.Multiple(() =>
        {
            Assert.That(stillScheduled["status"]!.GetValue<string>(), Is.EqualTo("scheduled"));
            Assert.That(published["status"]!.GetValue<string>(), Is.EqualTo("published"));
            Assert.That(WorkflowTests.Instant(published, "publishedAt"), Is.EqualTo(WorkflowTests.Instant(stillScheduled, "publishedAt")));
            Assert.That(WorkflowTests.Instant(published, "firstPublishedAt"), Is.EqualTo(WorkflowTests.Instant(stillScheduled, "publishedAt")));
            Assert.That(listed["items"]!.AsArray().Select(item => item!["id"]!.GetValue<string>()), Is.EqualTo(new[] { id }));
            Assert.That(revision["by"]!["name"]!.GetValue<string>(), Is.EqualTo("scheduler"));
            Assert.That(revision["by"]!["keyId"], Is.Null);
            Assert.That(revision["changed"]!.AsArray().Select(c => c!.GetValue<string>()), Is.EqualTo(new[] { "status" }));
        });
    }

    [Test]
    public async Task Article_that_fell_due_while_the_cms_was_down_is_published_at_start_up()
    {
        string id;
        var before = new CmsFactory(settings: NeverPassing) { KeepFolder = true };
        try
        {
            using (var admin = before.Admin()) id = await ScheduleAsync(admin, "Due during the outage", WorkflowTests.Later(hours: 1));
            before.Dispose();

            using var after = new CmsFactory(sharedDatabase: before.DatabasePath, settings: NeverPassing);
            after.Time.Advance(TimeSpan.FromHours(3));
            using var anonymous = after.Anonymous();
            var published = await anonymous.GetJsonAsync($"/api/v1/articles/{id}");
            Assert.That(published["status"]!.GetValue<string>(), Is.EqualTo("published"));
        }
        finally
        {
            before.Dispose();
            Directory.Delete(before.Folder, recursive: true);
        }
    }

    [Test]
    public async Task Concurrent_passes_publish_a_due_article_exactly_once()
    {
        using var factory = new CmsFactory(settings: NeverPassing);
        using var admin = factory.Admin();
        var id = await ScheduleAsync(admin, "Once", WorkflowTests.Later(hours: 1));
        using var scheduledRead = await admin.GetAsync($"/api/v1/articles/{id}");
        var scheduler = factory.Services.GetRequiredService<PublicationScheduler>();
        factory.Time.Advance(TimeSpan.FromHours(2));

        var counts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => scheduler.PublishDueAsync(CancellationToken.None))));
        using var publishedRead = await admin.GetAsync($"/api/v1/articles/{id}");

        Assert.Multiple(() =>
        {
            Assert.That(counts.Sum(), Is.EqualTo(1));
            Assert.That(Version(publishedRead), Is.EqualTo(Version(scheduledRead) + 1));
        });
    }

    internal static async Task<string> ScheduleAsync(HttpClient admin, string title, string at)
    {
        var id = (await admin.PostJsonAsync("/api/v1/articles", new { title, body = "Text.", language = "en" }))["id"]!.GetValue<string>();
        await admin.PostJsonAsync($"/api/v1/articles/{id}/publish", new { publishedAt = at });
        return id;
    }

    private static int Version(HttpResponseMessage response) =>
        int.Parse(response.Headers.ETag!.Tag.Trim('"')[1..].Split('-')[0], System.Globalization.CultureInfo.InvariantCulture);
}
