using System.Net;

namespace Cms.Api.Tests.Http.Delivery;

/// <summary>Cursor paging walks every sort, filter and search once; offset paging counts filtered lists and searches.</summary>
public sealed class ListPagingTests : DeliveryNewsroom
{
    private static readonly string[] Lists =
    [
        "sort=-publishedAt", "sort=publishedAt", "sort=-updatedAt", "sort=updatedAt", "sort=title", "sort=-title",
        "q=dubois", "q=derby%20OR%20licenciement&sort=relevance", "q=dubois&sort=title", "q=dubois&sort=-publishedAt", "q=dubois&sort=updatedAt",
        "tag=economie", "tag=economie&sort=publishedAt", "author=claire-dubois", "author=oliver-grant&sort=-publishedAt",
        "tag=economie,sport", "tag=economie&sort=-updatedAt", "language=fr&sort=-title",
    ];

    [Test]
    public async Task Cursor_paging_walks_the_whole_list_exactly_once_in_its_order(
        [ValueSource(nameof(Lists))] string query, [Values(1, 2)] int limit, [Values] bool keyed)
    {
        var client = keyed ? Admin : Anonymous;
        var whole = await SlugsAsync(client, $"{Articles}?{query}&limit=100");
        var walked = await WalkAsync(client, $"{Articles}?{query}&limit={limit}");
        Assert.Multiple(() =>
        {
            Assert.That(whole, Is.Not.Empty);
            Assert.That(walked.SelectMany(page => page.Slugs), Is.EqualTo(whole));
            Assert.That(walked.Take(walked.Count - 1).Select(page => page.Slugs.Count), Is.All.EqualTo(limit));
            Assert.That(walked.Select(page => page.HasNextLink), Is.EqualTo(walked.Select(page => page.NextCursor is not null)),
                "a Link rel=next exactly when there is a next cursor");
            Assert.That(walked[^1].NextCursor, Is.Null);
        });
    }

    [TestCase("sort=-publishedAt")]
    [TestCase("sort=publishedAt")]
    public async Task Articles_published_at_the_same_instant_are_paged_one_by_one_in_id_order_without_repeat_or_skip(string sort)
    {
        var tied = ById(Circular, Market).ToList();
        if (sort.StartsWith("sort=-", StringComparison.Ordinal)) tied.Reverse();
        var walked = await WalkAsync(Anonymous, $"{Articles}?publishedAfter=2024-04-30&{sort}&limit=1");
        Assert.Multiple(() =>
        {
            Assert.That(walked.Select(page => page.Slugs.Single()), Is.EqualTo(tied));
            Assert.That(walked[0].NextCursor, Is.Not.Null);
        });
    }

    [Test]
    public async Task Offset_paging_of_a_filtered_list_gives_the_page_asked_for_with_its_total_and_a_next_link()
    {
        using var first = await Anonymous.GetAsync($"{Articles}?tag=economie&page=1&limit=2");
        var page1 = await first.ReadAsync();
        using var second = await Anonymous.GetAsync($"{Articles}?tag=economie&page=2&limit=2");
        var page2 = await second.ReadAsync();
        var keyed = await Admin.GetJsonAsync($"{Articles}?tag=economie&page=1&limit=2");
        Assert.Multiple(() =>
        {
            Assert.That(Slugs(page1), Is.EqualTo(new[] { Circular, Budget }));
            Assert.That(page1["page"]!["total"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(page1["page"]!["page"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(first.Headers.GetValues("Link").Single(), Does.Contain("tag=economie").And.Contain("page=2").And.EndWith("rel=\"next\""));
            Assert.That(Slugs(page2), Is.EqualTo(new[] { Renault }));
            Assert.That(second.Headers.Contains("Link"), Is.False);
            Assert.That(keyed["page"]!["total"]!.GetValue<int>(), Is.EqualTo(4), "the draft in Économie counts for the key");
        });
    }

    [Test]
    public async Task Offset_paging_of_a_search_counts_only_what_the_reader_may_see()
    {
        using var first = await Anonymous.GetAsync($"{Articles}?q=dubois&page=1&limit=3");
        var page1 = await first.ReadAsync();
        var page2 = await Anonymous.GetJsonAsync($"{Articles}?q=dubois&page=2&limit=3");
        var keyed = await Admin.GetJsonAsync($"{Articles}?q=dubois&page=1&limit=3");
        Assert.Multiple(() =>
        {
            Assert.That(page1["page"]!["total"]!.GetValue<int>(), Is.EqualTo(4));
            Assert.That(Slugs(page1).Concat(Slugs(page2)), Is.EquivalentTo(new[] { Renault, Summer, Budget, Security }));
            Assert.That(Slugs(page1), Has.Count.EqualTo(3));
            Assert.That(first.Headers.GetValues("Link").Single(), Does.Contain("q=dubois").And.Contain("page=2"));
            Assert.That(keyed["page"]!["total"]!.GetValue<int>(), Is.EqualTo(5), "with the key, Claire's draft counts too");
            Assert.That(page1["page"]!["nextCursor"], Is.Null);
        });
    }

    [Test]
    public async Task Offset_pages_follow_the_same_order_as_the_whole_list()
    {
        foreach (var query in new[] { "sort=title", "sort=-updatedAt", "q=dubois", "author=claire-dubois" })
        {
            var whole = await SlugsAsync(Anonymous, $"{Articles}?{query}&limit=100");
            var paged = new List<string>();
            for (var number = 1; number <= 3; number++) paged.AddRange(await SlugsAsync(Anonymous, $"{Articles}?{query}&page={number}&limit=3"));
            Assert.That(paged, Is.EqualTo(whole), query);
        }
    }

    [TestCase("sort=title", "sort=-title")]
    [TestCase("sort=title", "")]
    [TestCase("sort=-publishedAt", "sort=publishedAt")]
    [TestCase("sort=updatedAt", "sort=-updatedAt")]
    [TestCase("", "sort=-updatedAt")]
    [TestCase("q=dubois", "sort=-publishedAt")]
    [TestCase("q=dubois", "q=dubois&sort=-publishedAt")]
    [TestCase("q=dubois&sort=title", "q=dubois")]
    public async Task Cursor_from_one_sort_used_with_another_is_a_400_naming_cursor(string source, string target)
    {
        var cursor = (await Anonymous.GetJsonAsync($"{Articles}?{source}&limit=1"))["page"]!["nextCursor"]!.GetValue<string>();
        using var response = await Anonymous.GetAsync($"{Articles}?{target}&limit=1&cursor={Uri.EscapeDataString(cursor)}");
        await response.IsProblemAsync(HttpStatusCode.BadRequest, "cursor");
    }

    private static async Task<List<PageSeen>> WalkAsync(HttpClient client, string firstUrl)
    {
        var pages = new List<PageSeen>();
        var url = firstUrl;
        while (pages.Count < 30)
        {
            using var response = await client.GetAsync(url);
            var json = await response.ReadAsync();
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
            var cursor = json["page"]!["nextCursor"]?.GetValue<string>();
            pages.Add(new PageSeen(Slugs(json), cursor,
                response.Headers.TryGetValues("Link", out var link) && link.Single().Contains("rel=\"next\"", StringComparison.Ordinal)));
            if (cursor is null) break;
            url = $"{firstUrl}&cursor={Uri.EscapeDataString(cursor)}";
        }
        return pages;
    }

    private sealed record PageSeen(List<string> Slugs, string? NextCursor, bool HasNextLink);
}
