using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cms.Api.Tests.Http;

/// <summary>Small helpers to send and read JSON the way a client would.</summary>
public static class Json
{
    public static StringContent Body(string json, string mediaType = "application/json") => new(json, Encoding.UTF8, mediaType);

    public static StringContent Body(object value) => new(JsonSerializer.Serialize(value, Options), Encoding.UTF8, "application/json");

    public static async Task<JsonNode> ReadAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) ?? throw new InvalidOperationException("Empty JSON answer.");
    }

    public static async Task<JsonNode> PostJsonAsync(this HttpClient client, string url, object body)
    {
        using var response = await client.PostAsync(url, Body(body));
        var json = await response.ReadAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, $"POST {url} answered {(int)response.StatusCode}: {json}");
        return json;
    }

    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var json = await response.ReadAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, $"GET {url} answered {(int)response.StatusCode}: {json}");
        return json;
    }

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static Task<HttpResponseMessage> PatchMergeAsync(this HttpClient client, string url, string json) =>
        client.PatchAsync(url, Body(json, "application/merge-patch+json"));

    public static JsonContent AsJson(this object value) => JsonContent.Create(value, options: Options);
}
