using System.Text.Json.Nodes;
using Cms.Domain.Common;

namespace Cms.Api.Tests.Http;

/// <summary>The French article the CMS was born from, stored and published through the API with its byline, tag, teasers and hashtags.</summary>
internal sealed record SeedStory(
    string Title,
    IReadOnlyList<string> Hashtags,
    IReadOnlyList<string> TeaserTitles,
    IReadOnlyList<string> TeaserSlugs,
    IReadOnlyList<string> Paragraphs,
    string Markdown,
    string Id,
    string Slug)
{
    private const string ReadAlsoPrefix = "Lire aussi\u00a0 ";

    public static async Task<SeedStory> StoreAsync(HttpClient admin)
    {
        var lines = File.ReadAllLines(Path.Combine(TestContext.CurrentContext.TestDirectory, "fixtures", "seed-article-fr.txt"));
        var title = lines[0];
        var hashtagLine = lines.Single(line => line.StartsWith("#Pourquoi", StringComparison.Ordinal));
        var firstParagraph = Array.FindIndex(lines, line => line.StartsWith("Selon plusieurs", StringComparison.Ordinal));
        var bodyLines = lines[firstParagraph..Array.IndexOf(lines, hashtagLine)].Where(line => line.Length > 0).ToList();

        await admin.PostJsonAsync("/api/v1/authors", new { name = "Rédaction numérique" });
        await admin.PostJsonAsync("/api/v1/tags", new { name = "Intelligence artificielle" });
        var teaserTitles = bodyLines.Where(IsTeaser).Select(line => line[ReadAlsoPrefix.Length..]).ToList();
        var teaserSlugs = new List<string>();
        foreach (var teaserTitle in teaserTitles)
        {
            var target = await admin.PostJsonAsync("/api/v1/articles", new { title = teaserTitle, body = "Texte.", language = "fr" });
            await admin.PostJsonAsync($"/api/v1/articles/{target["id"]}/publish", new { });
            teaserSlugs.Add(target["slug"]!.GetValue<string>());
        }

        var teaserIndex = 0;
        var markdown = string.Join("\n\n", bodyLines.Select(line => IsTeaser(line) ? $"[[read-also: {teaserSlugs[teaserIndex++]}]]" : line));
        var hashtags = Hashtag.ParseLine(hashtagLine);
        JsonNode created = await admin.PostJsonAsync("/api/v1/articles", new
        {
            title,
            body = markdown,
            language = "fr",
            authors = new[] { "redaction-numerique" },
            tags = new[] { "intelligence-artificielle" },
            share = new { hashtags, twitterCard = "summary_large_image" },
        });
        await admin.PostJsonAsync($"/api/v1/articles/{created["id"]}/publish", new { publishedAt = "2023-11-18T09:30:00Z" });
        return new SeedStory(title, hashtags, teaserTitles, teaserSlugs, bodyLines.Where(line => !IsTeaser(line)).ToList(), markdown,
            created["id"]!.GetValue<string>(), created["slug"]!.GetValue<string>());
    }

    private static bool IsTeaser(string line) => line.StartsWith(ReadAlsoPrefix, StringComparison.Ordinal);
}
