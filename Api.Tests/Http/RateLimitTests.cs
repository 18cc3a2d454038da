using System.Net;

namespace Cms.Api.Tests.Http;

/// <summary>
/// Budgets per key and per client address, a stricter one for failed authentication, 429 with Retry-After and RateLimit-*
/// headers, and buckets keyed by nothing but the key's id or the address.
/// </summary>
public sealed class RateLimitTests
{
    private static readonly Dictionary<string, string> Tight = new()
    {
        ["Cms:RateLimits:Anonymous:PermitLimit"] = "3",
        ["Cms:RateLimits:Anonymous:WindowSeconds"] = "3600",
        ["Cms:RateLimits:Key:PermitLimit"] = "4",
        ["Cms:RateLimits:Key:WindowSeconds"] = "3600",
        ["Cms:RateLimits:FailedAuthentication:PermitLimit"] = "2",
        ["Cms:RateLimits:FailedAuthentication:WindowSeconds"] = "3600",
    };

    private CmsFactory factory = null!;

    [SetUp]
    public void Start() => factory = new CmsFactory(settings: Tight);

    [TearDown]
    public void Stop() => factory.Dispose();

    [Test]
    public async Task Anonymous_reads_over_the_address_budget_get_a_429_with_retry_headers_even_from_the_cache_whatever_else_the_client_sends()
    {
        using var first = Client("10.0.0.1");
        for (var i = 0; i < 3; i++)
        {
            using var served = await first.GetAsync("/api/v1/articles");
            Assert.That(served.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var refused = await first.GetAsync("/api/v1/articles");
        await refused.IsProblemAsync(HttpStatusCode.TooManyRequests, code: "rate-limited");
        using var disguised = Client("10.0.0.1");
        disguised.DefaultRequestHeaders.Add("X-Forwarded-For", "192.0.2.77");
        disguised.DefaultRequestHeaders.Add("X-Real-IP", "192.0.2.78");
        disguised.DefaultRequestHeaders.Add("X-Api-Key", "");
        using var stillRefused = await disguised.GetAsync("/api/v1/tags?cursor=x");
        using var other = await Client("10.0.0.2").GetAsync("/api/v1/articles");
        using var health = await first.GetAsync("/health/live");
        using var feed = await first.GetAsync("/feeds/rss.xml");

        Assert.Multiple(() =>
        {
            Assert.That(int.Parse(refused.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture), Is.InRange(1, 3600));
            Assert.That(Header(refused, "RateLimit-Limit"), Is.EqualTo("3"));
            Assert.That(Header(refused, "RateLimit-Remaining"), Is.EqualTo("0"));
            Assert.That(Header(refused, "RateLimit-Reset"), Is.EqualTo(refused.Headers.RetryAfter!.ToString()));
            Assert.That(Header(refused, "RateLimit-Policy"), Is.EqualTo("3;w=3600"));
            Assert.That(stillRefused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(feed.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        });
    }

    [Test]
    public async Task Each_key_has_its_own_budget_wherever_it_comes_from()
    {
        var spent = (await factory.CreateKeyAsync("editor"))["secret"]!.GetValue<string>();
        var fresh = (await factory.CreateKeyAsync("editor"))["secret"]!.GetValue<string>();
        using var here = Client("10.0.1.1", spent);
        for (var i = 0; i < 4; i++)
        {
            using var served = await here.GetAsync("/api/v1/articles");
            Assert.That(served.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var refused = await here.GetAsync("/api/v1/articles");
        using var elsewhere = await Client("10.0.1.2", spent).GetAsync("/api/v1/articles");
        using var otherKey = await Client("10.0.1.1", fresh).GetAsync("/api/v1/articles");
        Assert.Multiple(async () =>
        {
            await refused.IsProblemAsync(HttpStatusCode.TooManyRequests, code: "rate-limited");
            Assert.That(Header(refused, "RateLimit-Limit"), Is.EqualTo("4"));
            Assert.That(elsewhere.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(otherKey.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task Failed_authentications_have_a_stricter_budget_after_which_even_the_right_key_is_refused_from_that_address()
    {
        var right = (await factory.CreateKeyAsync("editor"))["secret"]!.GetValue<string>();
        for (var i = 0; i < 2; i++)
        {
            using var wrong = await Client("10.0.2.1", $"cms_wrong-guess-{i}").GetAsync("/api/v1/articles");
            await wrong.IsProblemAsync(HttpStatusCode.Unauthorized, code: "unauthorized");
        }

        using var guessed = await Client("10.0.2.1", right).GetAsync("/api/v1/articles");
        using var anonymous = await Client("10.0.2.1").GetAsync("/api/v1/articles");
        using var elsewhere = await Client("10.0.2.2", right).GetAsync("/api/v1/articles");
        Assert.Multiple(async () =>
        {
            var problem = await guessed.IsProblemAsync(HttpStatusCode.TooManyRequests, code: "rate-limited");
            Assert.That(problem["title"]!.GetValue<string>(), Does.Contain("failed authentications"));
            Assert.That(guessed.Headers.RetryAfter, Is.Not.Null);
            Assert.That(Header(guessed, "RateLimit-Limit"), Is.EqualTo("2"));
            Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(elsewhere.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    private HttpClient Client(string address, string? key = null)
    {
        var client = key is null ? factory.Anonymous() : factory.Keyed(key);
        client.DefaultRequestHeaders.Add(ClientAddresses.Header, address);
        return client;
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";
}
