using System.Net;
using System.Text.Json.Nodes;

namespace Cms.Api.Tests.Http;

/// <summary>Cursor paging walks a list once, without duplicates or gaps even while articles are published; offset paging counts.</summary>
public sealed class PagingTests : FreshCms
{
    [Test]
    public async Task Cursor_paging_through_25_articles_by_10_gives_10_10_5_without_duplicates_and_a_next_link_until_the_last_page()
    {
        var published = await PublishAsync(25, "Story");

        var pages = await WalkAsync("/api/v1/articles?limit=10", between: null);

        Assert.Multiple(() =>
        {
            Assert.That(pages.Select(page => page.Ids.Count), Is.EqualTo(new[] { 10, 10, 5 }));
            Assert.That(pages.Select(page => page.HasNextLink), Is.EqualTo(new[] { true, true, false }));
            Assert.That(pages.Select(page => page.NextCursor is null), Is.EqualTo(new[] { false, false, true }));
            var all = pages.SelectMany(page => page.Ids).ToList();
            Assert.That(all, Is.Unique);
            Assert.That(all, Is.EquivalentTo(published));
            Assert.That(pages.SelectMany(page => page.PublishedAt).ToList(), Is.Ordered.Descending.Using((IComparer<string>)StringComparer.Ordinal),
                "newest publication first");
        });
    }

    [Test]
    public async Task Next_link_keeps_the_other_parameters_and_follows_to_the_same_page_as_the_cursor()
    {
        await PublishAsync(3, "Linked");
        using var first = await Anonymous.GetAsync("/api/v1/articles?limit=2&formats=plaintext");
        var link = first.Headers.GetValues("Link").Single();
        var target = link[(link.IndexOf('<', StringComparison.Ordinal) + 1)..link.IndexOf('>', StringComparison.Ordinal)];
        var cursor = (await first.ReadAsync())["page"]!["nextCursor"]!.GetValue<string>();
        var viaLink = await Anonymous.GetJsonAsync(target);
        var viaCursor = await Anonymous.GetJsonAsync($"/api/v1/articles?limit=2&formats=plaintext&cursor={Uri.EscapeDataString(cursor)}");
        Assert.Multiple(() =>
        {
            Assert.That(link, Does.EndWith("; rel=\"next\""));
            Assert.That(target, Does.StartWith("/api/v1/articles?").And.Contain("limit=2").And.Contain("formats=plaintext"));
            Assert.That(viaLink.ToJsonString(), Is.EqualTo(viaCursor.ToJsonString()));
            Assert.That(viaLink["items"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(viaLink["items"]![0]!["body"]!["plaintext"], Is.Not.Null);
        });
    }

    [Test]
    public async Task Cursor_paging_has_no_duplicates_or_gaps_when_articles_are_published_between_pages()
    {
        var published = await PublishAsync(25, "Before");
        var drafts = new List<string>();
        for (var i = 0; i < 6; i++)
            drafts.Add((await Admin.PostJsonAsync("/api/v1/articles", new { title = $"Late {i}", body = "B", language = "en" }))["id"]!.GetValue<string>());
        var next = 0;

        var pages = await WalkAsync("/api/v1/articles?limit=10", between: async () =>
        {
            for (var i = 0; i < 3; i++) await Admin.PostJsonAsync($"/api/v1/articles/{drafts[next++]}/publish", new { });
        });

        var seen = pages.SelectMany(page => page.Ids).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(seen, Is.Unique);
            Assert.That(seen, Is.EquivalentTo(published), "exactly the articles public when the walk began, each once");
            Assert.That(pages, Has.Count.EqualTo(3));
        });
    }

    [Test]
    public async Task Cursor_paging_through_authors_and_tags_visits_each_once()
    {
        foreach (var name in new[] { "Ana", "Bruno", "Chloé", "Dário", "Émile", "Farah", "Gus" })
        {
            await Admin.PostJsonAsync("/api/v1/authors", new { name });
            await Admin.PostJsonAsync("/api/v1/tags", new { name });
        }
        foreach (var route in new[] { "authors", "tags" })
        {
            var pages = await WalkAsync($"/api/v1/{route}?limit=3", between: null);
            Assert.That(pages.Select(page => page.Ids.Count), Is.EqualTo(new[] { 3, 3, 1 }), route);
            Assert.That(pages.SelectMany(page => page.Ids).ToList(), Is.Unique.And.Count.EqualTo(7), route);
        }
    }

    [Test]
    public async Task Cursor_paging_with_a_key_walks_drafts_and_published_articles_alike()
    {
        var published = await PublishAsync(4, "Public");
        for (var i = 0; i < 5; i++) await Admin.PostJsonAsync("/api/v1/articles", new { title = $"Draft {i}", body = "B", language = "en" });
        var pages = await WalkAsync("/api/v1/articles?limit=3", between: null, Admin);
        var seen = pages.SelectMany(page => page.Ids).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(seen, Is.Unique.And.Count.EqualTo(9));
            Assert.That(seen.Take(4), Is.EquivalentTo(published), "published first, newest publication first, then drafts");
        });
    }

    [Test]
    public async Task Offset_paging_gives_the_page_asked_for_with_a_total_and_a_next_link()
    {
        var published = await PublishAsync(25, "Numbered");
        await Admin.PostJsonAsync("/api/v1/articles", new { title = "Draft", body = "B", language = "en" });
        var newestFirst = Ids(await Anonymous.GetJsonAsync("/api/v1/articles?limit=100"));
        Assert.That(newestFirst, Is.EquivalentTo(published));

        using var second = await Anonymous.GetAsync("/api/v1/articles?page=2&limit=10");
        var page2 = await second.ReadAsync();
        using var third = await Anonymous.GetAsync("/api/v1/articles?page=3&limit=10");
        var page3 = await third.ReadAsync();
        var beyond = await Anonymous.GetJsonAsync("/api/v1/articles?page=4&limit=10");
        Assert.Multiple(() =>
        {
            Assert.That(page2["page"]!["total"]!.GetValue<int>(), Is.EqualTo(25), "the draft is not counted for the public");
            Assert.That(page2["page"]!["page"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(page2["page"]!["limit"]!.GetValue<int>(), Is.EqualTo(10));
            Assert.That(page2["page"]!["nextCursor"], Is.Null);
            Assert.That(Ids(page2), Is.EqualTo(newestFirst.Skip(10).Take(10)));
            Assert.That(second.Headers.GetValues("Link").Single(), Does.Contain("page=3").And.Contain("limit=10").And.EndWith("rel=\"next\""));
            Assert.That(Ids(page3), Is.EqualTo(newestFirst.Skip(20)));
            Assert.That(third.Headers.Contains("Link"), Is.False);
            Assert.That(Ids(beyond), Is.Empty);
            Assert.That(beyond["page"]!["total"]!.GetValue<int>(), Is.EqualTo(25));
        });
    }

    [Test]
    public async Task Default_limit_is_20()
    {
        await PublishAsync(21, "Default");
        var page = await Anonymous.GetJsonAsync("/api/v1/articles");
        Assert.Multiple(() =>
        {
            Assert.That(page["items"]!.AsArray(), Has.Count.EqualTo(20));
            Assert.That(page["page"]!["limit"]!.GetValue<int>(), Is.EqualTo(20));
            Assert.That(page["page"]!["nextCursor"], Is.Not.Null);
        });
    }

    private async Task<List<string>> PublishAsync(int count, string prefix)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var created = await Admin.PostJsonAsync("/api/v1/articles", new { title = $"{prefix} {i}", body = "Text.", language = "en" });
            await Admin.PostJsonAsync($"/api/v1/articles/{created["id"]}/publish", new { });
            ids.Add(created["id"]!.GetValue<string>());
        }
        return ids;
    }

    private async Task<List<PageSeen>> WalkAsync(string firstUrl, Func<Task>? between, HttpClient? client = null)
    {
        client ??= Anonymous;
        var pages = new List<PageSeen>();
        var url = firstUrl;
        while (pages.Count < 10)
        {
            using var response = await client.GetAsync(url);
            var json = await response.ReadAsync();
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
            var cursor = json["page"]!["nextCursor"]?.GetValue<string>();
            var items = json["items"]!.AsArray();
            pages.Add(new PageSeen(Ids(json), items.Select(item => item!["publishedAt"]?.GetValue<string>() ?? "").ToList(), cursor,
                response.Headers.TryGetValues("Link", out var link) && link.Single().Contains("rel=\"next\"", StringComparison.Ordinal)));
            if (cursor is null) break;
            if (between is not null) await between();
            url = $"{firstUrl}&cursor={Uri.EscapeDataString(cursor)}";
        }
        return pages;
    }

    private static List<string> Ids(JsonNode page) => page["items"]!.AsArray().Select(item => item!["id"]!.GetValue<string>()).ToList();

    private sealed record PageSeen(List<string> Ids, List<string> PublishedAt, string? NextCursor, bool HasNextLink);
}
