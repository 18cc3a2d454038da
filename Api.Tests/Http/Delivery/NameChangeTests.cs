using System.Net;
using System.Text.Json.Nodes;

namespace Cms.Api.Tests.Http.Delivery;

/// <summary>Articles show their authors' and tags' current names, on every instance that shares the database.</summary>
public sealed class NameChangeTests : FreshCms
{
    [Test]
    public async Task A_renamed_author_and_tag_and_a_tag_made_internal_show_at_once_on_another_instance()
    {
        using var second = new CmsFactory(sharedDatabase: Factory.DatabasePath);
        using var secondClient = second.Anonymous();
        await Admin.PostJsonAsync("/api/v1/authors", new { name = "Claire Dubois" });
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Climat" });
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Énergie" });
        var slug = await Admin.PublishedAsync("Sécheresse", "2024-05-01T08:00:00Z", tags: ["climat", "energie"], authors: ["claire-dubois"]);
        var before = await FreshAsync(secondClient, slug);

        using var author = await Admin.PatchMergeAsync("/api/v1/authors/claire-dubois", """{"name":"Claire Dubois-Martin"}""");
        using var tag = await Admin.PatchMergeAsync("/api/v1/tags/climat", """{"name":"Climat et météo"}""");
        using var hidden = await Admin.PatchMergeAsync("/api/v1/tags/energie", """{"visibility":"internal"}""");
        var after = await FreshAsync(secondClient, slug);
        var listed = (await secondClient.GetJsonAsync("/api/v1/articles?tag=climat"))["items"]![0]!;

        Assert.Multiple(() =>
        {
            Assert.That(new[] { author.StatusCode, tag.StatusCode, hidden.StatusCode }, Is.All.EqualTo(HttpStatusCode.OK));
            Assert.That(Names(before, "authors"), Is.EqualTo(new[] { "Claire Dubois" }));
            Assert.That(Names(before, "tags"), Is.EqualTo(new[] { "Climat", "Énergie" }));
            Assert.That(Names(after, "authors"), Is.EqualTo(new[] { "Claire Dubois-Martin" }));
            Assert.That(Names(after, "tags"), Is.EqualTo(new[] { "Climat et météo" }));
            Assert.That(Names(listed, "tags"), Is.EqualTo(new[] { "Climat et météo" }));
        });
    }

    private static async Task<JsonNode> FreshAsync(HttpClient client, string slug)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/articles/{slug}");
        request.Headers.CacheControl = new System.Net.Http.Headers.CacheControlHeaderValue { NoCache = true };
        using var response = await client.SendAsync(request);
        return await response.ReadAsync();
    }

    private static string[] Names(JsonNode article, string field) =>
        article[field]!.AsArray().Select(item => item!["name"]!.GetValue<string>()).ToArray();
}
