using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace Cms.Api.Tests.Http;

/// <summary>Writes sent with If-Match as a client sends them, and the reading of the header every guarded write shares.</summary>
internal static class GuardedWrites
{
    // RFC 9110 as IfMatchTests holds it for articles: `*` or any current tag of a list lets the write through; a weak tag,
    // a header naming no tag and a list of other tags are refused.
    private static readonly (string Header, bool Accepted)[] Readings =
    [
        ("*", true), ("\"x\", {0}", true), ("W/{0}", false), (" , ", false), ("\"x\", \"y\"", false),
    ];

    /// <summary>Sends a write with this If-Match header, taken as written.</summary>
    public static async Task<HttpResponseMessage> SendIfMatchAsync(this HttpClient client, HttpMethod method, string url, string ifMatch,
        HttpContent? body = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = body };
        Assert.That(request.Headers.TryAddWithoutValidation("If-Match", ifMatch), Is.True);
        return await client.SendAsync(request);
    }

    /// <summary>The ETag a read of the address answers.</summary>
    public static async Task<string> ETagAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return response.Headers.ETag!.Tag;
    }

    /// <summary>Asserts the write was refused as stale, with the 412 problem every guarded write gives.</summary>
    public static Task<JsonObject> IsStaleAsync(this HttpResponseMessage response) =>
        response.IsProblemAsync(HttpStatusCode.PreconditionFailed, code: "precondition-failed");

    /// <summary>Asserts the write went through and answered the ETag a read of <paramref name="url"/> then gives.</summary>
    public static async Task AnswersTheETagOfTheNextReadAsync(this HttpResponseMessage response, HttpClient client, string url)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(response.Headers.ETag!.Tag, Is.EqualTo(await client.ETagAsync(url)));
    }

    /// <summary>
    /// Holds a write to the reading of If-Match every other write follows: <paramref name="prepare"/> readies a resource and
    /// gives its current ETag and the write, which must answer <paramref name="done"/> when let through and a 412 otherwise.
    /// </summary>
    public static async Task ReadsIfMatchAsEveryWriteAsync(Func<Task<(string ETag, Func<string, Task<HttpResponseMessage>> Write)>> prepare,
        HttpStatusCode done)
    {
        foreach (var (header, accepted) in Readings)
        {
            var (etag, write) = await prepare();
            using var response = await write(string.Format(CultureInfo.InvariantCulture, header, etag));
            if (accepted) Assert.That(response.StatusCode, Is.EqualTo(done), $"If-Match: {header}: {await response.Content.ReadAsStringAsync()}");
            else await response.IsStaleAsync();
        }
    }
}
