using System.Net;

namespace Cms.Api.Tests.Http;

/// <summary>Deleting an article leaves a tombstone (id, slug, deletedAt) for syncing clients, until an admin purges it.</summary>
public sealed class TombstoneTests : SharedCms
{
    [Test]
    public async Task Deleted_published_article_leaves_a_tombstone_anyone_can_read_since_a_given_time()
    {
        var id = await PublishedAsync("Gone story");
        var since = Factory.Time.GetUtcNow().AddMilliseconds(-1);
        using var deleted = await Admin.DeleteAsync($"/api/v1/articles/{id}");
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        var listed = await Anonymous.GetJsonAsync($"/api/v1/article-tombstones?since={Uri.EscapeDataString(since.ToString("O"))}");
        var later = await Anonymous.GetJsonAsync($"/api/v1/article-tombstones?since={Uri.EscapeDataString(Factory.Time.GetUtcNow().AddSeconds(1).ToString("O"))}");
        var tombstone = listed["items"]!.AsArray().Single()!;
        Assert.Multiple(() =>
        {
            Assert.That(tombstone["id"]!.GetValue<string>(), Is.EqualTo(id));
            Assert.That(tombstone["slug"]!.GetValue<string>(), Is.EqualTo("gone-story"));
            Assert.That(WorkflowTests.Instant(tombstone, "deletedAt"), Is.GreaterThan(since));
            Assert.That(later["items"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public async Task Deleted_draft_leaves_a_tombstone_only_the_newsroom_sees()
    {
        var id = (await Admin.PostJsonAsync("/api/v1/articles", new { title = "Secret plan", body = "B", language = "en" }))["id"]!.GetValue<string>();
        var since = Uri.EscapeDataString(Factory.Time.GetUtcNow().AddMilliseconds(-1).ToString("O"));
        using var deleted = await Admin.DeleteAsync($"/api/v1/articles/{id}");

        var publicList = await Anonymous.GetStringAsync($"/api/v1/article-tombstones?page=1&since={since}");
        var newsroomList = await Admin.GetJsonAsync($"/api/v1/article-tombstones?since={since}");
        Assert.Multiple(() =>
        {
            Assert.That(publicList, Does.Not.Contain(id).And.Not.Contain("secret-plan").And.Contain("\"total\":0"));
            Assert.That(newsroomList["items"]![0]!["slug"]!.GetValue<string>(), Is.EqualTo("secret-plan"));
        });
    }

    [Test]
    public async Task Admin_purges_a_tombstone_for_good_and_an_editor_may_not()
    {
        var id = await PublishedAsync("Purged");
        using (await Admin.DeleteAsync($"/api/v1/articles/{id}")) { }
        using var editor = await Factory.ClientWithRoleAsync("editor");

        using var refused = await editor.DeleteAsync($"/api/v1/article-tombstones/{id}");
        await refused.IsProblemAsync(HttpStatusCode.Forbidden);
        using var purged = await Admin.DeleteAsync($"/api/v1/article-tombstones/{id}");
        using var again = await Admin.DeleteAsync($"/api/v1/article-tombstones/{id}");
        Assert.Multiple(async () =>
        {
            Assert.That(purged.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            await again.IsProblemAsync(HttpStatusCode.NotFound);
            Assert.That(await Admin.GetStringAsync("/api/v1/article-tombstones?limit=100"), Does.Not.Contain(id));
        });
    }

    [Test]
    public async Task Purging_with_an_ETag_of_the_list_from_before_it_changed_is_a_412_that_keeps_the_tombstone()
    {
        var kept = await DeletedAsync("Kept a while");
        var read = await Admin.ETagAsync(Tombstones);
        var later = await DeletedAsync("Deleted later");

        using var stale = await PurgeAsync(kept, read);
        var afterRefusal = await Admin.GetStringAsync($"{Tombstones}?limit=100");
        var current = await Anonymous.ETagAsync(Tombstones);
        using var purged = await PurgeAsync(kept, current);
        using var staleOnceMore = await PurgeAsync(later, current);

        Assert.Multiple(async () =>
        {
            await stale.IsStaleAsync();
            Assert.That(afterRefusal, Does.Contain(kept));
            Assert.That(purged.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            await staleOnceMore.IsStaleAsync();
            Assert.That(await Admin.GetStringAsync($"{Tombstones}?limit=100"), Does.Not.Contain(kept).And.Contain(later));
        });
    }

    [Test]
    public async Task If_Match_on_purging_a_tombstone_is_read_as_on_every_other_write() =>
        await GuardedWrites.ReadsIfMatchAsEveryWriteAsync(async () =>
        {
            var id = await DeletedAsync("Purged under If-Match");
            return (await Admin.ETagAsync(Tombstones), ifMatch => PurgeAsync(id, ifMatch));
        }, HttpStatusCode.NoContent);

    private const string Tombstones = "/api/v1/article-tombstones";

    private Task<HttpResponseMessage> PurgeAsync(string id, string ifMatch) =>
        Admin.SendIfMatchAsync(HttpMethod.Delete, $"{Tombstones}/{id}", ifMatch);

    private async Task<string> DeletedAsync(string title)
    {
        var id = await PublishedAsync(title);
        using var deleted = await Admin.DeleteAsync($"/api/v1/articles/{id}");
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        return id;
    }

    private async Task<string> PublishedAsync(string title)
    {
        var id = (await Admin.PostJsonAsync("/api/v1/articles", new { title, body = "B", language = "en" }))["id"]!.GetValue<string>();
        await Admin.PostJsonAsync($"/api/v1/articles/{id}/publish", new { });
        return id;
    }
}
