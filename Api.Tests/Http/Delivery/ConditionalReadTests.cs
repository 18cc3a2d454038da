using System.Globalization;
using System.Net;

namespace Cms.Api.Tests.Http.Delivery;

/// <summary>Filtered lists, searches and items carry ETags that give 304s, items a Last-Modified, and Cache-Control by audience.</summary>
public sealed class ConditionalReadTests : DeliveryNewsroom
{
    private static readonly string[] Reads =
    [
        $"{Articles}?tag=economie,sport", $"{Articles}?q=dubois", $"{Articles}?q=derby&include=authors&fields=slug,authors,match",
        $"{Articles}?sort=title&limit=2", $"{Articles}?author=claire-dubois&page=1&limit=2", $"{Articles}?language=fr&publishedAfter=2024-02-01",
        $"{Articles}/{Budget}?include=authors,tags,readAlso", $"{Articles}/{Security}?fields=title&formats=plaintext",
    ];

    [TestCaseSource(nameof(Reads))]
    public async Task Each_read_has_an_ETag_and_If_None_Match_with_it_is_a_304_with_an_empty_body(string url)
    {
        foreach (var client in new[] { Anonymous, Admin })
        {
            using var first = await client.GetAsync(url);
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
            var etag = first.Headers.ETag;
            Assert.That(etag, Is.Not.Null, url);
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.IfNoneMatch.Add(etag!);
            using var again = await client.SendAsync(request);
            Assert.Multiple(async () =>
            {
                Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NotModified), url);
                Assert.That(await again.Content.ReadAsByteArrayAsync(), Is.Empty, url);
            });
        }
    }

    [TestCaseSource(nameof(Reads))]
    public async Task Anonymous_reads_are_public_for_a_minute_and_keyed_reads_private_and_not_stored(string url)
    {
        using var open = await Anonymous.GetAsync(url);
        using var keyed = await Admin.GetAsync(url);
        Assert.Multiple(() =>
        {
            Assert.That(open.Headers.NonValidated["Cache-Control"].ToString(), Is.EqualTo("public, max-age=60, stale-while-revalidate=300"), url);
            Assert.That(keyed.Headers.NonValidated["Cache-Control"].ToString(), Is.EqualTo("private, no-store"), url);
        });
    }

    [Test]
    public async Task Different_filters_and_searches_have_different_ETags()
    {
        var etags = new List<string>();
        foreach (var url in new[] { $"{Articles}?q=dubois", $"{Articles}?q=derby", $"{Articles}?tag=economie", $"{Articles}?tag=sport", Articles })
        {
            using var response = await Anonymous.GetAsync(url);
            etags.Add(response.Headers.ETag!.Tag);
        }
        Assert.That(etags, Is.Unique);
    }

    [Test]
    public async Task An_ETag_of_another_search_gives_the_full_answer()
    {
        using var other = await Anonymous.GetAsync($"{Articles}?q=derby");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Articles}?q=dubois");
        request.Headers.IfNoneMatch.Add(other.Headers.ETag!);
        using var response = await Anonymous.SendAsync(request);
        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Slugs(await response.ReadAsync()), Has.Count.EqualTo(4));
        });
    }

    [TestCase(Budget)]
    [TestCase(Summer)]
    public async Task An_item_has_a_Last_Modified_of_its_last_change(string slug)
    {
        foreach (var client in new[] { Anonymous, Admin })
        {
            using var response = await client.GetAsync($"{Articles}/{slug}");
            var updatedAt = (await response.ReadAsync())["updatedAt"]!.GetValue<DateTimeOffset>();
            var expected = new DateTimeOffset(updatedAt.UtcTicks - updatedAt.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
            Assert.That(response.Content.Headers.LastModified, Is.EqualTo(expected), slug);
            Assert.That(response.Content.Headers.GetValues("Last-Modified").Single(),
                Is.EqualTo(expected.ToString("R", CultureInfo.InvariantCulture)), slug);
        }
    }
}
