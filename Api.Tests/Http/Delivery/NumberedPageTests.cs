using System.Text.Json.Nodes;

namespace Cms.Api.Tests.Http.Delivery;

/// <summary>
/// Numbered pages start from markers kept along each list (here every third article, so that a few articles cross many
/// markers): every page is still exactly its slice of the whole list, with the list's total, whatever changed before.
/// </summary>
public sealed class NumberedPageTests : FreshCms
{
    private const string Articles = "/api/v1/articles";

    protected override IReadOnlyDictionary<string, string> CmsSettings { get; } = new Dictionary<string, string>
    {
        ["Cms:Paging:MarkerStride"] = "3",
    };

    [Test]
    public async Task Every_numbered_page_of_every_sort_is_its_slice_of_the_whole_list([Values("", "&sort=publishedAt", "&sort=title", "&sort=-title", "&sort=-updatedAt")] string sort)
    {
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Economie" });
        for (var i = 0; i < 17; i++) await Admin.PublishedAsync($"Dépêche {i % 4}", $"2024-05-{1 + i % 6:00}T08:00:00Z", tags: ["economie"]);
        await Admin.DraftAsync("Dépêche en brouillon", tags: ["economie"]);

        foreach (var list in new[] { $"{Articles}?limit=100{sort}", $"{Articles}?tag=economie&limit=100{sort}" })
        {
            await AssertPagesAreSlicesAsync(list, expectedTotal: 17);
        }
    }

    [Test]
    public async Task A_numbered_page_read_after_a_change_shows_the_list_as_it_now_stands()
    {
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Sport" });
        var slugs = new List<string>();
        for (var i = 0; i < 12; i++) slugs.Add(await Admin.PublishedAsync($"Brève {i}", $"2024-06-{1 + i:00}T08:00:00Z", tags: ["sport"]));
        await AssertPagesAreSlicesAsync($"{Articles}?limit=100", expectedTotal: 12);

        await Admin.PublishedAsync("Brève du jour", "2024-06-30T08:00:00Z", tags: ["sport"]);
        await Admin.PostJsonAsync($"{Articles}/{slugs[3]}/unpublish", new { });
        await Admin.PostJsonAsync($"{Articles}/{slugs[7]}/unpublish", new { });

        await AssertPagesAreSlicesAsync($"{Articles}?limit=100", expectedTotal: 11);
        await AssertPagesAreSlicesAsync($"{Articles}?tag=sport&limit=100", expectedTotal: 11);
    }

    [Test]
    public async Task Making_a_tag_internal_empties_its_public_numbered_pages_at_once()
    {
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Bourse" });
        for (var i = 0; i < 8; i++) await Admin.PublishedAsync($"Marché {i}", $"2024-07-{1 + i:00}T08:00:00Z", tags: ["bourse"]);
        var before = await Anonymous.GetJsonAsync($"{Articles}?tag=bourse&page=3&limit=2");

        using var patched = await Admin.PatchMergeAsync("/api/v1/tags/bourse", """{"visibility":"internal"}""");
        var after = await Anonymous.GetJsonAsync($"{Articles}?tag=bourse&page=3&limit=2");

        Assert.Multiple(() =>
        {
            Assert.That(patched.IsSuccessStatusCode, Is.True);
            Assert.That(before.Slugs().Count(), Is.EqualTo(2));
            Assert.That(before["page"]!["total"]!.GetValue<int>(), Is.EqualTo(8));
            Assert.That(after.Slugs(), Is.Empty);
            Assert.That(after["page"]!["total"]!.GetValue<int>(), Is.Zero);
        });
    }

    // Reads the whole list at once, then every numbered page of it with limits that fall on and between markers.
    private async Task AssertPagesAreSlicesAsync(string wholeList, int expectedTotal)
    {
        var whole = (await Anonymous.GetJsonAsync(wholeList)).Slugs().ToList();
        Assert.That(whole, Has.Count.EqualTo(expectedTotal), wholeList);
        foreach (var limit in new[] { 1, 2, 3, 5 })
        {
            for (var number = 1; number <= expectedTotal / limit + 2; number++)
            {
                var url = wholeList.Replace("limit=100", $"limit={limit}&page={number}", StringComparison.Ordinal);
                JsonNode page = await Anonymous.GetJsonAsync(url);
                Assert.That(page.Slugs(), Is.EqualTo(whole.Skip((number - 1) * limit).Take(limit)), url);
                Assert.That(page["page"]!["total"]!.GetValue<int>(), Is.EqualTo(expectedTotal), url);
            }
        }
    }
}
