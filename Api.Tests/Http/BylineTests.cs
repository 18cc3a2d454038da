namespace Cms.Api.Tests.Http;

/// <summary>A contributor or author key writes as its author: its author is on every byline it writes, first when not named.</summary>
public sealed class BylineTests : SharedCms
{
    [Test]
    public async Task Contributor_key_signs_what_it_creates_and_cannot_write_itself_off_the_byline()
    {
        await Admin.PostJsonAsync("/api/v1/authors", new { name = "Alice Martin" });
        await Admin.PostJsonAsync("/api/v1/authors", new { name = "Chloé Simon" });
        using var contributor = await Factory.ClientWithRoleAsync("contributor", "alice-martin");

        var unsigned = await contributor.PostJsonAsync("/api/v1/articles", new { title = "Unsigned", body = "B", language = "fr" });
        var cosigned = await contributor.PostJsonAsync("/api/v1/articles", new { title = "Cosigned", body = "B", language = "fr", authors = new[] { "chloe-simon" } });
        var rewritten = await (await contributor.PatchMergeAsync($"/api/v1/articles/{unsigned["id"]}", """{"authors":["chloe-simon"]}""")).ReadAsync();

        Assert.Multiple(() =>
        {
            Assert.That(Slugs(unsigned), Is.EqualTo(new[] { "alice-martin" }));
            Assert.That(Slugs(cosigned), Is.EqualTo(new[] { "alice-martin", "chloe-simon" }));
            Assert.That(Slugs(rewritten), Is.EqualTo(new[] { "alice-martin", "chloe-simon" }));
        });
    }

    private static string[] Slugs(System.Text.Json.Nodes.JsonNode article) =>
        article["authors"]!.AsArray().Select(a => a!["slug"]!.GetValue<string>()).ToArray();
}
