using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cms.Api.Tests.Http;

/// <summary>Sends NDJSON to the import and reads NDJSON answers, as an editorial script would.</summary>
public static class Ndjson
{
    public const string MediaType = "application/x-ndjson";

    public static StringContent Body(params object[] lines) =>
        new(string.Join("\n", lines.Select(line => line as string ?? JsonSerializer.Serialize(line, Json.Options))) + "\n", Encoding.UTF8, MediaType);

    public static List<JsonNode> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!).ToList();

    /// <summary>Posts to the import; returns the result lines and the summary, asserting the answer's shape.</summary>
    public static async Task<(List<JsonNode> Results, JsonNode Summary)> ImportAsync(this HttpClient client, HttpContent body, string query = "")
    {
        using var response = await client.PostAsync("/api/v1/import" + query, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(200), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(MediaType));
        var lines = Lines(text);
        Assert.That(lines[^1]["summary"], Is.Not.Null, $"The answer does not end with a summary: {text}");
        return (lines[..^1], lines[^1]["summary"]!);
    }

    public static async Task<string> ExportAsync(this HttpClient client, string query = "")
    {
        using var response = await client.GetAsync("/api/v1/export" + query);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(200), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(MediaType));
        return text;
    }

    public static string Result(this JsonNode line) => line["result"]!.GetValue<string>();

    public static int Count(this JsonNode summary, string name) => summary[name]!.GetValue<int>();
}
