using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Cms.Api.Tests.Http;

/// <summary>Webhooks get every committed change, signed, retried until the receiver answers, logged and replayable; never a rolled-back one.</summary>
public sealed class WebhookTests : FreshCms
{
    internal static readonly Dictionary<string, string> Delivering = new()
    {
        ["Cms:Webhooks:AllowPrivateTargets"] = "true",
        ["Cms:Webhooks:PollMilliseconds"] = "25",
        ["Cms:Webhooks:FirstRetryMilliseconds"] = "20",
        ["Cms:Webhooks:MaxAttempts"] = "4",
    };

    private WebhookReceiver receiver = null!;

    protected override IReadOnlyDictionary<string, string> CmsSettings => Delivering;

    [SetUp]
    public async Task StartReceiverAsync() => receiver = await WebhookReceiver.StartAsync();

    [TearDown]
    public async Task StopReceiverAsync() => await receiver.DisposeAsync();

    [Test]
    public async Task Registering_answers_the_signing_secret_once_and_never_again()
    {
        using var response = await Admin.PostAsync("/api/v1/webhooks", Json.Body(new { url = receiver.Url, events = new[] { "article.*", "tag.created" } }));
        var registered = await response.ReadAsync();
        var id = registered["id"]!.GetValue<string>();
        var listed = await Admin.GetJsonAsync("/api/v1/webhooks");
        var one = await Admin.GetJsonAsync($"/api/v1/webhooks/{id}");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), registered.ToJsonString());
            Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/webhooks/{id}"));
            Assert.That(registered["secret"]!.GetValue<string>(), Does.StartWith("whsec_").And.Length.GreaterThan(40));
            Assert.That(listed["items"]![0]!["id"]!.GetValue<string>(), Is.EqualTo(id));
            Assert.That(listed.ToJsonString(), Does.Not.Contain("whsec_"));
            Assert.That(one.ToJsonString(), Does.Not.Contain("whsec_"));
            Assert.That(one["events"]!.AsArray().Select(e => e!.GetValue<string>()), Is.EqualTo(new[] { "article.*", "tag.created" }));
        });
    }

    [Test]
    public async Task Registration_refuses_other_schemes_unknown_events_and_callers_without_an_admin_key()
    {
        using var ftp = await Admin.PostAsync("/api/v1/webhooks", Json.Body(new { url = "ftp://files.example/in", events = new[] { "*" } }));
        using var unknown = await Admin.PostAsync("/api/v1/webhooks", Json.Body(new { url = receiver.Url, events = new[] { "article.read" } }));
        using var none = await Admin.PostAsync("/api/v1/webhooks", Json.Body(new { url = receiver.Url, events = Array.Empty<string>() }));
        using var anonymous = await Anonymous.PostAsync("/api/v1/webhooks", Json.Body(new { url = receiver.Url, events = new[] { "*" } }));
        using var listAnonymous = await Anonymous.GetAsync("/api/v1/webhooks");
        using var editor = await Factory.ClientWithRoleAsync("editor");
        using var editorList = await editor.GetAsync("/api/v1/webhooks");
        await ftp.IsProblemAsync(HttpStatusCode.BadRequest, "url");
        await unknown.IsProblemAsync(HttpStatusCode.BadRequest, "events[0]");
        await none.IsProblemAsync(HttpStatusCode.BadRequest, "events");
        await anonymous.IsProblemAsync(HttpStatusCode.Unauthorized);
        await listAnonymous.IsProblemAsync(HttpStatusCode.Unauthorized);
        await editorList.IsProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_published_article_is_delivered_signed_with_its_old_and_new_slug_and_url()
    {
        var secret = await RegisterAsync("article.published", "article.updated");
        await Admin.PostJsonAsync("/api/v1/articles", new { title = "Brouillon", body = "Texte.", language = "fr" });
        using var renamed = await Admin.PutAsync("/api/v1/articles/brouillon", Json.Body(new { title = "Brouillon", slug = "definitif", body = "Texte.", language = "fr" }));
        await Admin.PostJsonAsync("/api/v1/articles/definitif/publish", new { publishedAt = "2024-03-05T10:00:00Z" });

        var deliveries = await receiver.WaitForAsync(2);
        var updated = deliveries.Single(d => d.Event == "article.updated").Json;
        var published = deliveries.Single(d => d.Event == "article.published");
        var payload = published.Json;
        Assert.Multiple(() =>
        {
            Assert.That(deliveries.Select(d => d.Event), Has.None.EqualTo("article.created"));
            Assert.That(Verify(secret, published), Is.True, "the X-Cms-Signature header does not sign the body with the secret");
            Assert.That(published.Headers["Content-Type"], Does.StartWith("application/json"));
            Assert.That(published.Headers["X-Cms-Event-Id"], Is.EqualTo(payload["id"]!.GetValue<string>()));
            Assert.That(payload["type"]!.GetValue<string>(), Is.EqualTo("article.published"));
            Assert.That(payload["subject"]!["type"]!.GetValue<string>(), Is.EqualTo("article"));
            Assert.That(payload["old"]!["status"]!.GetValue<string>(), Is.EqualTo("draft"));
            Assert.That(payload["new"]!["status"]!.GetValue<string>(), Is.EqualTo("published"));
            Assert.That(payload["new"]!["url"]!.GetValue<string>(), Is.EqualTo("https://news.example/2024/03/definitif"));
            Assert.That(payload["new"]!["publishedAt"]!.GetValue<string>(), Is.EqualTo("2024-03-05T10:00:00.000Z"));
            Assert.That(updated["old"]!["slug"]!.GetValue<string>(), Is.EqualTo("brouillon"));
            Assert.That(updated["new"]!["slug"]!.GetValue<string>(), Is.EqualTo("definitif"));
            Assert.That(updated["old"]!["url"]!.GetValue<string>(), Does.EndWith("/brouillon"));
            Assert.That(Verify("whsec_not-the-secret", published), Is.False);
        });
    }

    [Test]
    public async Task Tag_and_author_events_have_the_same_shape_and_a_deleted_record_has_no_new_side()
    {
        await RegisterAsync("tag.*", "author.deleted");
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Économie" });
        await Admin.PostJsonAsync("/api/v1/authors", new { name = "Claire Dubois" });
        using var deleted = await Admin.DeleteAsync("/api/v1/authors/claire-dubois");

        var deliveries = await receiver.WaitForAsync(2);
        var tag = deliveries.Single(d => d.Event == "tag.created").Json;
        var author = deliveries.Single(d => d.Event == "author.deleted").Json;
        Assert.Multiple(() =>
        {
            Assert.That(deliveries, Has.Count.EqualTo(2));
            Assert.That(tag["old"], Is.Null);
            Assert.That(tag["new"]!["slug"]!.GetValue<string>(), Is.EqualTo("economie"));
            Assert.That(tag["new"]!["title"]!.GetValue<string>(), Is.EqualTo("Économie"));
            Assert.That(author["new"], Is.Null);
            Assert.That(author["old"]!["slug"]!.GetValue<string>(), Is.EqualTo("claire-dubois"));
            Assert.That(tag.AsObject().Select(p => p.Key), Is.EqualTo(author.AsObject().Select(p => p.Key)));
        });
    }

    [Test]
    public async Task A_receiver_that_fails_first_is_retried_until_it_answers_and_every_attempt_is_logged()
    {
        await receiver.DisposeAsync();
        receiver = await WebhookReceiver.StartAsync(failFirst: 2);
        var webhook = await RegisterIdAsync("tag.created");
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Climat" });

        await receiver.WaitForAsync(3);
        var delivery = await WaitForDeliveryAsync(webhook, d => d["state"]!.GetValue<string>() != "pending");
        var attempts = delivery["attempts"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(delivery["state"]!.GetValue<string>(), Is.EqualTo("delivered"));
            Assert.That(delivery["eventType"]!.GetValue<string>(), Is.EqualTo("tag.created"));
            Assert.That(attempts.Select(a => a!["statusCode"]!.GetValue<int>()), Is.EqualTo(new[] { 503, 503, 200 }));
            Assert.That(attempts[0]!["response"]!.GetValue<string>(), Is.EqualTo("receiver down for maintenance"));
            Assert.That(attempts.Select(a => DateTimeOffset.Parse(a!["at"]!.GetValue<string>(), CultureInfo.InvariantCulture)), Is.Ordered);
            Assert.That(receiver.Requests.Select(r => r.Headers["X-Cms-Event-Id"]).Distinct().Count(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_receiver_that_cuts_its_answer_short_fails_the_attempt_and_is_retried_while_the_cms_keeps_serving()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var answered = 0;
        var serving = Task.Run(async () =>
        {
            while (true)
            {
                using var connection = await listener.AcceptTcpClientAsync();
                var stream = connection.GetStream();
                _ = await stream.ReadAsync(new byte[65536]);
                await stream.WriteAsync("HTTP/1.1 500 Oops\r\nContent-Length: 1000\r\n\r\nshort"u8.ToArray());
                Interlocked.Increment(ref answered);
            }
        });
        var url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/hooks";
        var webhook = (await Admin.PostJsonAsync("/api/v1/webhooks", new { url, events = new[] { "tag.created" } }))["id"]!.GetValue<string>();
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Climat" });

        var failed = await WaitForDeliveryAsync(webhook, d => d["state"]!.GetValue<string>() == "failed");
        using var stillServing = await Admin.GetAsync("/api/v1/tags/climat");
        var attempts = failed["attempts"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(attempts, Has.Count.EqualTo(4));
            Assert.That(attempts.Select(a => a!["statusCode"]!.GetValue<int>()), Is.All.EqualTo(500));
            Assert.That(attempts[0]!["error"]!.GetValue<string>(), Does.StartWith("the answer's body ended early"));
            Assert.That(attempts[0]!["response"]!.GetValue<string>(), Is.EqualTo("short"));
            Assert.That(stillServing.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(serving.IsFaulted, Is.False);
        });
    }

    [Test]
    public async Task A_receiver_that_never_answers_holds_back_its_own_deliveries_not_another_webhooks()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var held = new List<TcpClient>();
        var holding = Task.Run(async () =>
        {
            while (true) held.Add(await silent.AcceptTcpClientAsync());
        });
        var stuck = (await Admin.PostJsonAsync("/api/v1/webhooks",
            new { url = $"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}/hooks", events = new[] { "tag.created" } }))["id"]!.GetValue<string>();
        var live = await RegisterIdAsync("tag.created");
        foreach (var n in Enumerable.Range(1, 12)) await Admin.PostJsonAsync("/api/v1/tags", new { name = $"Rubrique {n}" });

        await receiver.WaitForAsync(12);
        var stuckDeliveries = (await Admin.GetJsonAsync($"/api/v1/webhooks/{stuck}/deliveries"))["items"]!.AsArray();
        var liveDeliveries = (await Admin.GetJsonAsync($"/api/v1/webhooks/{live}/deliveries?limit=100"))["items"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(liveDeliveries.Select(d => d!["state"]!.GetValue<string>()), Has.Exactly(12).EqualTo("delivered"));
            Assert.That(stuckDeliveries.SelectMany(d => d!["attempts"]!.AsArray()), Is.Empty, "the silent receiver's attempts are still waiting");
            Assert.That(holding.IsFaulted, Is.False);
        });
        foreach (var client in held.ToList()) client.Dispose();
    }

    [TestCase("http://8.8.8.8:0/hooks")]
    [TestCase("http://user:secret@8.8.8.8/hooks")]
    [TestCase(" http://8.8.8.8/hooks")]
    [TestCase("http://8.8.8.8/hooks\n")]
    [TestCase("http://8.8.8.8/ho\toks")]
    [TestCase("http://8.8.8.8/ho\u00a0oks")]
    [TestCase("http://8.8.8.8/hooks\u2028")]
    public async Task Registration_refuses_port_0_credentials_and_spaces_or_control_characters(string url)
    {
        using var response = await Admin.PostAsync("/api/v1/webhooks", Json.Body(new { url, events = new[] { "*" } }));
        await response.IsProblemAsync(HttpStatusCode.BadRequest, "url");
        Assert.That((await Admin.GetJsonAsync("/api/v1/webhooks"))["items"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task A_delivery_that_never_succeeds_is_given_up_after_the_last_attempt_and_can_be_replayed()
    {
        await receiver.DisposeAsync();
        receiver = await WebhookReceiver.StartAsync(failFirst: 4);
        var webhook = await RegisterIdAsync("tag.created");
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Climat" });

        var failed = await WaitForDeliveryAsync(webhook, d => d["state"]!.GetValue<string>() == "failed");
        using var replay = await Admin.PostAsync($"/api/v1/webhooks/{webhook}/deliveries/{failed["id"]}/replay", null);
        var replayed = await replay.ReadAsync();
        var delivered = await WaitForDeliveryAsync(webhook, d => d["state"]!.GetValue<string>() == "delivered");
        using var unknown = await Admin.PostAsync($"/api/v1/webhooks/{webhook}/deliveries/{Guid.CreateVersion7()}/replay", null);

        Assert.Multiple(() =>
        {
            Assert.That(failed["attempts"]!.AsArray(), Has.Count.EqualTo(4));
            Assert.That(replay.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
            Assert.That(replayed["replayOf"]!.GetValue<string>(), Is.EqualTo(failed["id"]!.GetValue<string>()));
            Assert.That(delivered["id"]!.GetValue<string>(), Is.EqualTo(replayed["id"]!.GetValue<string>()));
            Assert.That(delivered["eventId"]!.GetValue<string>(), Is.EqualTo(failed["eventId"]!.GetValue<string>()));
            Assert.That(receiver.Requests.Select(r => r.Headers["X-Cms-Event-Id"]).Distinct().Count(), Is.EqualTo(1));
        });
        await unknown.IsProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_rolled_back_write_sends_nothing_and_a_refused_one_neither()
    {
        await RegisterAsync("*");
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Repère" });
        await receiver.WaitForAsync(1);
        // The database itself refuses the second article, after the first was written in the same batch transaction.
        Factory.Execute("CREATE TRIGGER refuse_article BEFORE INSERT ON articles WHEN NEW.slug = 'refusee' BEGIN SELECT RAISE(ABORT, 'refused'); END");
        var (results, summary) = await Admin.ImportAsync(Ndjson.Body(
            new { type = "article", slug = "acceptee", title = "Acceptée", body = "Un.", language = "fr", status = "published" },
            new { type = "article", slug = "refusee", title = "Refusée", body = "Deux.", language = "fr", status = "published" }));
        using var taken = await Admin.PostAsync("/api/v1/tags", Json.Body(new { name = "Autre", slug = "repere" }));
        using var staleRequest = new HttpRequestMessage(HttpMethod.Put, "/api/v1/tags/repere") { Content = Json.Body(new { name = "Repère 2" }) };
        staleRequest.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"v9-0\""));
        using var stale = await Admin.SendAsync(staleRequest);
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Témoin" });

        var deliveries = await receiver.WaitForAsync(2);
        Assert.Multiple(() =>
        {
            Assert.That(results, Is.Empty);
            Assert.That(summary["error"], Is.Not.Null);
            Assert.That(taken.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
            Assert.That(Factory.Count("articles"), Is.Zero);
            Assert.That(deliveries.Select(d => d.Json["new"]!["slug"]!.GetValue<string>()), Is.EqualTo(new[] { "repere", "temoin" }));
            Assert.That(Factory.Count("outbox_events"), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Deleting_a_webhook_stops_its_deliveries()
    {
        var id = await RegisterIdAsync("*");
        using var deleted = await Admin.DeleteAsync($"/api/v1/webhooks/{id}");
        using var again = await Admin.DeleteAsync($"/api/v1/webhooks/{id}");
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Après" });
        Assert.Multiple(() =>
        {
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(Factory.Count("outbox_events"), Is.Zero);
        });
    }

    internal static bool Verify(string secret, WebhookReceiver.Received delivery)
    {
        // The check a receiver makes, written out as the README shows it.
        var parts = delivery.Headers["X-Cms-Signature"].Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var signed = Encoding.UTF8.GetBytes(parts["t"] + ".").Concat(delivery.Body).ToArray();
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
        var age = DateTimeOffset.UtcNow - DateTimeOffset.FromUnixTimeSeconds(long.Parse(parts["t"], CultureInfo.InvariantCulture));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(parts["v1"]), Encoding.ASCII.GetBytes(expected))
            && age.Duration() < TimeSpan.FromMinutes(5);
    }

    private async Task<string> RegisterAsync(params string[] events) =>
        (await Admin.PostJsonAsync("/api/v1/webhooks", new { url = receiver.Url, events }))["secret"]!.GetValue<string>();

    private async Task<string> RegisterIdAsync(params string[] events) =>
        (await Admin.PostJsonAsync("/api/v1/webhooks", new { url = receiver.Url, events }))["id"]!.GetValue<string>();

    private Task<JsonNode> WaitForDeliveryAsync(string webhook, Func<JsonNode, bool> done) => WaitForDeliveryAsync(Admin, webhook, done);

    /// <summary>Waits (up to a bound) until a delivery of the webhook is as <paramref name="done"/> wants it, and returns it.</summary>
    internal static async Task<JsonNode> WaitForDeliveryAsync(HttpClient admin, string webhook, Func<JsonNode, bool> done)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var items = (await admin.GetJsonAsync($"/api/v1/webhooks/{webhook}/deliveries"))["items"]!.AsArray();
            if (items.FirstOrDefault(d => done(d!)) is { } found) return found;
            if (DateTime.UtcNow > until) Assert.Fail($"No delivery reached the expected state: {items.ToJsonString()}");
            await Task.Delay(25);
        }
    }
}
