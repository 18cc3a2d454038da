using System.Net;

namespace Cms.Api.Tests.Http;

/// <summary>HEAD is answered wherever GET is (RFC 9110): the same status and headers, so crawlers and feed readers can check cheaply.</summary>
public sealed class HeadRequestTests : SeededNewsroom
{
    [OneTimeSetUp]
    public async Task PublishExistingAsync() => await Admin.PostJsonAsync(Existing + "/publish", new { });

    [TestCase("/api/v1/articles?limit=5")]
    [TestCase("/api/v1/articles/existing")]
    [TestCase("/api/v1/tags")]
    [TestCase("/feeds/rss.xml")]
    [TestCase("/feeds/atom.xml")]
    [TestCase("/sitemap.xml")]
    [TestCase("/health/live")]
    public async Task A_head_request_answers_as_a_get_would(string url)
    {
        using var anonymous = Factory.Anonymous();
        using var get = await anonymous.GetAsync(url);
        using var head = await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        Assert.Multiple(() =>
        {
            Assert.That(head.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(head.Headers.ETag, Is.EqualTo(get.Headers.ETag));
            Assert.That(head.Content.Headers.ContentType?.MediaType, Is.EqualTo(get.Content.Headers.ContentType?.MediaType));
        });
    }

    [Test]
    public async Task A_head_request_to_a_keyed_read_needs_the_key_as_a_get_does()
    {
        using var anonymous = Factory.Anonymous();
        using var refused = await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v1/keys"));
        using var answered = await Admin.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v1/keys"));
        Assert.Multiple(() =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(answered.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task A_head_request_where_no_get_is_served_is_still_a_405()
    {
        using var response = await Admin.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v1/import"));
        await response.IsProblemAsync(HttpStatusCode.MethodNotAllowed, code: "method-not-allowed");
    }
}
