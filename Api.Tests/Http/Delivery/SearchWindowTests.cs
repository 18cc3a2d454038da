using System.Net.Http.Headers;

namespace Cms.Api.Tests.Http.Delivery;

/// <summary>A search ranks the most recent matches a reader may see: drafts and unpublished articles never take readers' places in it.</summary>
public sealed class SearchWindowTests : FreshCms
{
    protected override IReadOnlyDictionary<string, string> CmsSettings { get; } = new Dictionary<string, string>
    {
        ["Cms:Search:RecentMatches"] = "3",
    };

    [Test]
    public async Task Newer_drafts_do_not_push_published_matches_out_of_a_public_search()
    {
        await Admin.PublishedAsync("Centrale de Doel, premier rapport", "2024-03-01T08:00:00Z");
        await Admin.PublishedAsync("Centrale de Tihange, second rapport", "2024-03-02T08:00:00Z");
        var unpublished = await Admin.PublishedAsync("Centrale de Chooz, rapport retiré", "2024-03-03T08:00:00Z");
        await Admin.PostJsonAsync($"/api/v1/articles/{unpublished}/unpublish", new { });
        for (var i = 1; i <= 4; i++) await Admin.DraftAsync($"Centrale {i}, brouillon");

        var publicHits = await SlugsAsync(Anonymous, "centrale");
        var newsroomHits = await SlugsAsync(Admin, "centrale");

        Assert.Multiple(() =>
        {
            Assert.That(publicHits, Is.EquivalentTo(new[] { "centrale-de-doel-premier-rapport", "centrale-de-tihange-second-rapport" }));
            Assert.That(newsroomHits, Has.Length.EqualTo(3), "the newsroom ranks its own three most recent matches, drafts included");
            Assert.That(newsroomHits, Has.All.Contains("brouillon"));
        });
    }

    [Test]
    public async Task A_search_asked_again_after_a_publication_ranks_the_window_of_recent_matches_as_it_now_stands()
    {
        await Admin.PublishedAsync("Centrale de Doel, premier rapport", "2024-03-01T08:00:00Z");
        await Admin.PublishedAsync("Centrale de Tihange, second rapport", "2024-03-02T08:00:00Z");
        await Admin.PublishedAsync("Centrale de Chooz, troisième rapport", "2024-03-03T08:00:00Z");
        var before = await SlugsAsync(Anonymous, "centrale");

        await Admin.PublishedAsync("Centrale de Gravelines, quatrième rapport", "2024-03-04T08:00:00Z");
        var after = await SlugsAsync(Anonymous, "centrale");

        Assert.Multiple(() =>
        {
            Assert.That(before, Has.Length.EqualTo(3).And.Contains("centrale-de-doel-premier-rapport"));
            Assert.That(after, Has.Length.EqualTo(3).And.Contains("centrale-de-gravelines-quatrieme-rapport"));
            Assert.That(after, Does.Not.Contain("centrale-de-doel-premier-rapport"), "the oldest match left the window of three");
        });
    }

    private static async Task<string[]> SlugsAsync(HttpClient client, string q)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/articles?q={q}");
        request.Headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
        using var response = await client.SendAsync(request);
        return (await response.ReadAsync()).Slugs().ToArray();
    }
}
