using System.Text.Json.Nodes;

namespace Cms.Api.Tests.Http;

/// <summary>Writes articles the way the tests of related content, translations, feeds and sitemaps need them.</summary>
internal static class Newsdesk
{
    public static async Task<JsonNode> DraftAsync(this HttpClient admin, string title, string language = "fr", string[]? tags = null,
        string body = "Texte.", string[]? authors = null) =>
        await admin.PostJsonAsync("/api/v1/articles", new { title, body, language, tags = tags ?? [], authors = authors ?? [] });

    public static async Task<string> PublishedAsync(this HttpClient admin, string title, string publishedAt, string language = "fr",
        string[]? tags = null, string body = "Texte.", string[]? authors = null)
    {
        var created = await admin.DraftAsync(title, language, tags, body, authors);
        await admin.PostJsonAsync($"/api/v1/articles/{created["id"]}/publish", new { publishedAt });
        return created["slug"]!.GetValue<string>();
    }

    public static IEnumerable<string> Slugs(this JsonNode list) => list["items"]!.AsArray().Select(item => item!["slug"]!.GetValue<string>());
}
