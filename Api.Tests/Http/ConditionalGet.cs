using System.Net;
using System.Net.Http.Headers;

namespace Cms.Api.Tests.Http;

/// <summary>The check every cacheable document passes: an ETag and Last-Modified, public caching, and a bodiless 304 for its ETag.</summary>
internal static class ConditionalGet
{
    public static async Task AnswersNotModifiedAsync(this HttpClient client, string url)
    {
        using var first = await client.GetAsync(url);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag ?? new EntityTagHeaderValue("\"none\""));
        using var again = await client.SendAsync(request);
        var body = await again.Content.ReadAsByteArrayAsync();
        Assert.Multiple(() =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
            Assert.That(first.Content.Headers.LastModified, Is.Not.Null, url);
            Assert.That(first.Headers.CacheControl?.Public, Is.True, url);
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NotModified), url);
            Assert.That(again.Headers.ETag, Is.EqualTo(first.Headers.ETag), url);
            Assert.That(body, Is.Empty, url);
        });
    }
}
