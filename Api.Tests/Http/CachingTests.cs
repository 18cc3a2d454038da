using System.Net;
using System.Net.Http.Headers;

namespace Cms.Api.Tests.Http;

/// <summary>ETags, 304s and Cache-Control by audience on reads; If-Match guarding every write against lost updates.</summary>
public sealed class CachingTests : SeededNewsroom
{
    private static readonly string[] ReadUrls =
        [Articles, Existing, "/api/v1/authors", Author, "/api/v1/tags", Tag, Articles + "?page=1&limit=5", Existing + "?formats=blocks"];

    [OneTimeSetUp]
    public async Task PublishExistingAsync() => await Admin.PostJsonAsync(Existing + "/publish", new { });

    [Test]
    public async Task Every_read_has_an_ETag_and_If_None_Match_with_it_is_a_304_with_an_empty_body()
    {
        using var anonymous = Factory.Anonymous();
        foreach (var client in new[] { anonymous, Admin })
        foreach (var url in ReadUrls)
        {
            using var first = await client.GetAsync(url);
            var etag = first.Headers.ETag;
            Assert.That(etag, Is.Not.Null, $"GET {url} has no ETag");
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.IfNoneMatch.Add(etag!);
            using var again = await client.SendAsync(request);
            Assert.Multiple(async () =>
            {
                Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NotModified), url);
                Assert.That(await again.Content.ReadAsByteArrayAsync(), Is.Empty, url);
                Assert.That(again.Headers.ETag, Is.EqualTo(etag), url);
            });
        }
    }

    [TestCase("W/{0}")]
    [TestCase("\"other\", {0}")]
    [TestCase("*")]
    public async Task If_None_Match_accepts_weak_lists_and_star(string header)
    {
        using var first = await Admin.GetAsync(Existing);
        using var request = new HttpRequestMessage(HttpMethod.Get, Existing);
        request.Headers.TryAddWithoutValidation("If-None-Match", string.Format(System.Globalization.CultureInfo.InvariantCulture, header, first.Headers.ETag!.Tag));
        using var again = await Admin.SendAsync(request);
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }

    [Test]
    public async Task Anonymous_reads_are_publicly_cacheable_and_keyed_reads_are_private_and_not_stored()
    {
        using var anonymous = Factory.Anonymous();
        foreach (var url in ReadUrls)
        {
            using var open = await anonymous.GetAsync(url);
            using var keyed = await Admin.GetAsync(url);
            Assert.Multiple(() =>
            {
                Assert.That(open.Headers.NonValidated["Cache-Control"].ToString(), Is.EqualTo("public, max-age=60, stale-while-revalidate=300"), url);
                Assert.That(keyed.Headers.NonValidated["Cache-Control"].ToString(), Is.EqualTo("private, no-store"), url);
            });
        }
    }

    [Test]
    public async Task A_change_gives_a_new_ETag_so_the_old_one_no_longer_gets_a_304()
    {
        using var before = await Admin.GetAsync(Existing);
        await Admin.PatchMergeAsync(Existing, """{"subtitle":"Changed"}""");
        using var request = new HttpRequestMessage(HttpMethod.Get, Existing);
        request.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        using var after = await Admin.SendAsync(request);
        Assert.Multiple(() =>
        {
            Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(after.Headers.ETag, Is.Not.EqualTo(before.Headers.ETag));
        });
    }

    [Test]
    public async Task Stale_If_Match_is_a_412_on_every_write_and_changes_nothing()
    {
        var stale = (await SendAsync(Admin.GetAsync(Existing))).Headers.ETag!;
        await Admin.PatchMergeAsync(Existing, """{"excerpt":"Moved on."}""");
        var staleAuthor = (await SendAsync(Admin.GetAsync(Author))).Headers.ETag!;
        await Admin.PatchMergeAsync(Author, """{"bio":"Moved on."}""");
        var staleTag = (await SendAsync(Admin.GetAsync(Tag))).Headers.ETag!;
        await Admin.PatchMergeAsync(Tag, """{"description":"Moved on."}""");
        var garbage = new EntityTagHeaderValue("\"not-a-version\"");

        foreach (var (method, url, etag, body) in new (HttpMethod, string, EntityTagHeaderValue, HttpContent?)[]
        {
            (HttpMethod.Put, Existing, stale, Json.Body(new { title = "T", body = "B", language = "fr" })),
            (HttpMethod.Put, Existing, garbage, Json.Body(new { title = "T", body = "B", language = "fr" })),
            (HttpMethod.Patch, Existing, stale, Json.Body("""{"title":"T"}""", "application/merge-patch+json")),
            (HttpMethod.Delete, Existing, stale, null),
            (HttpMethod.Post, Existing + "/publish", stale, Json.Body(new { })),
            (HttpMethod.Post, Existing + "/unpublish", stale, null),
            (HttpMethod.Put, Author, staleAuthor, Json.Body(new { name = "N" })),
            (HttpMethod.Patch, Author, staleAuthor, Json.Body("""{"name":"N"}""", "application/merge-patch+json")),
            (HttpMethod.Delete, Author, staleAuthor, null),
            (HttpMethod.Put, Tag, staleTag, Json.Body(new { name = "N" })),
            (HttpMethod.Delete, Tag, staleTag, null),
        })
        {
            await RefusedAsync(() =>
            {
                var request = new HttpRequestMessage(method, url) { Content = body };
                request.Headers.IfMatch.Add(etag);
                return Admin.SendAsync(request);
            }, HttpStatusCode.PreconditionFailed, code: "precondition-failed");
        }
    }

    [Test]
    public async Task An_ETag_from_a_read_works_as_If_Match_on_put_patch_publish_and_delete_and_each_write_answers_a_new_one()
    {
        var article = await Admin.PostJsonAsync(Articles, new { title = "Guarded", body = "B", language = "fr" });
        var url = $"{Articles}/{article["id"]}";
        var steps = new Func<EntityTagHeaderValue, Task<HttpResponseMessage>>[]
        {
            etag => Send(HttpMethod.Put, url, etag, Json.Body(new { title = "Guarded 2", body = "B", language = "fr" })),
            etag => Send(HttpMethod.Patch, url, etag, Json.Body("""{"subtitle":"S"}""", "application/merge-patch+json")),
            etag => Send(HttpMethod.Post, url + "/publish", etag, Json.Body(new { })),
            etag => Send(HttpMethod.Post, url + "/unpublish", etag, null),
        };
        foreach (var step in steps)
        {
            var current = (await SendAsync(Admin.GetAsync(url))).Headers.ETag!;
            using var response = await step(current);
            Assert.Multiple(async () =>
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
                Assert.That(response.Headers.ETag, Is.Not.Null.And.Not.EqualTo(current));
            });
            using var check = await Admin.GetAsync(url);
            Assert.That(check.Headers.ETag, Is.EqualTo(response.Headers.ETag), "the write's ETag is the one a read then gives");
        }

        var last = (await SendAsync(Admin.GetAsync(url))).Headers.ETag!;
        using var deleted = await Send(HttpMethod.Delete, url, last, null);
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        using var gone = await Admin.GetAsync(url);
        Assert.That(gone.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task An_anonymous_ETag_and_If_Match_star_are_accepted_as_current()
    {
        using var anonymous = Factory.Anonymous();
        var published = (await SendAsync(anonymous.GetAsync(Existing))).Headers.ETag!;
        using var patched = await Send(HttpMethod.Patch, Existing, published, Json.Body("""{"excerpt":"Via public ETag."}""", "application/merge-patch+json"));
        using var starred = await Send(HttpMethod.Patch, Existing, EntityTagHeaderValue.Any, Json.Body("""{"excerpt":"Via star."}""", "application/merge-patch+json"));
        Assert.Multiple(() =>
        {
            Assert.That(patched.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(starred.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    private Task<HttpResponseMessage> Send(HttpMethod method, string url, EntityTagHeaderValue etag, HttpContent? body)
    {
        var request = new HttpRequestMessage(method, url) { Content = body };
        request.Headers.IfMatch.Add(etag);
        return Admin.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> SendAsync(Task<HttpResponseMessage> sending)
    {
        var response = await sending;
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());
        return response;
    }
}
