using System.Net;

namespace Cms.Api.Tests.Http;

/// <summary>An Idempotency-Key makes a retried upload harmless: the same answer again, nothing written again.</summary>
public sealed class IdempotentImportTests : FreshCms
{
    private static readonly object[] File =
    [
        new { type = "tag", slug = "economie", name = "Économie" },
        new { type = "article", slug = "un", title = "Un", body = "Texte.", language = "fr", tags = new[] { "economie" } },
        new { type = "article", slug = "deux", title = "Deux", body = "Texte.", language = "fr", authors = new[] { "personne" } },
    ];

    [Test]
    public async Task A_retry_with_the_same_key_and_body_gets_the_first_answer_and_writes_nothing()
    {
        var (first, firstText) = await ImportAsync("upload-2026-11-26", Ndjson.Body(File));
        var rows = Factory.CountAll();
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Entre-temps" });
        var (second, secondText) = await ImportAsync("upload-2026-11-26", Ndjson.Body(File));

        Assert.Multiple(() =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(secondText, Is.EqualTo(firstText));
            Assert.That(Ndjson.Lines(secondText).Select(line => line["result"]?.GetValue<string>()), Is.EqualTo(new[] { "created", "created", "failed", null }));
            Assert.That(second.Headers.GetValues("Idempotent-Replayed"), Is.EqualTo(new[] { "true" }));
            Assert.That(first.Headers.Contains("Idempotent-Replayed"), Is.False);
            Assert.That(Factory.Count("articles"), Is.EqualTo(rows["articles"]));
            Assert.That(Factory.Count("tags"), Is.EqualTo(rows["tags"] + 1));
        });
    }

    [Test]
    public async Task The_same_key_with_another_body_is_refused_and_writes_nothing()
    {
        await ImportAsync("nightly", Ndjson.Body(File));
        var rows = Factory.CountAll();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/import")
        {
            Content = Ndjson.Body(new { type = "tag", slug = "autre", name = "Autre" }),
        };
        request.Headers.Add("Idempotency-Key", "nightly");
        using var reused = await Admin.SendAsync(request);
        using var badKey = new HttpRequestMessage(HttpMethod.Post, "/api/v1/import") { Content = Ndjson.Body(File) };
        badKey.Headers.TryAddWithoutValidation("Idempotency-Key", new string('k', 201));
        using var tooLong = await Admin.SendAsync(badKey);

        await reused.IsProblemAsync(HttpStatusCode.UnprocessableEntity, code: "idempotency-key-reused");
        await tooLong.IsProblemAsync(HttpStatusCode.BadRequest, "Idempotency-Key");
        Assert.That(Factory.CountAll(), Is.EqualTo(rows));
    }

    [Test]
    public async Task A_key_left_unfinished_by_a_stopped_server_is_taken_over_by_the_retry()
    {
        Factory.Execute("""
            INSERT INTO import_receipts (key, owner, started_at)
            SELECT id || char(10) || 'POST /api/v1/import' || char(10) || 'crashed', 'gone', '2026-11-26T00:00:00.000Z' FROM api_keys WHERE name = 'bootstrap admin'
            """);
        var (response, text) = await ImportAsync("crashed", Ndjson.Body(File));
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
            Assert.That(Ndjson.Lines(text)[^1]["summary"]!["created"]!.GetValue<int>(), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task A_key_belongs_to_the_api_key_that_sent_it_not_to_every_key_of_the_same_name()
    {
        using var first = await Factory.ClientWithRoleAsync("editor");
        using var second = await Factory.ClientWithRoleAsync("editor");
        await ImportAsync("nightly", Ndjson.Body(File), first);
        var (response, text) = await ImportAsync("nightly", Ndjson.Body(File), second);

        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.Contains("Idempotent-Replayed"), Is.False);
            Assert.That(Ndjson.Lines(text).Take(2).Select(line => line.Result()), Is.All.EqualTo("unchanged"));
        });
    }

    [Test]
    public async Task A_dry_run_answer_is_never_given_to_the_run_that_writes()
    {
        var (dryRun, _) = await ImportAsync("nightly", Ndjson.Body(File), query: "?dryRun=true");
        var (run, text) = await ImportAsync("nightly", Ndjson.Body(File));

        Assert.That(dryRun.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(run.Headers.Contains("Idempotent-Replayed"), Is.False, text);
        Assert.That(Factory.Count("articles"), Is.GreaterThan(0), text);
    }

    private async Task<(HttpResponseMessage Response, string Text)> ImportAsync(string key, HttpContent body, HttpClient? client = null,
        string query = "")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/import" + query) { Content = body };
        request.Headers.Add("Idempotency-Key", key);
        var response = await (client ?? Admin).SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }
}
