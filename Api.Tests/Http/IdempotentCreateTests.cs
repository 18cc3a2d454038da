using System.Globalization;
using System.Net;
using Cms.Domain.Common;
using Cms.Infrastructure.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Api.Tests.Http;

/// <summary>
/// An Idempotency-Key makes a retried create harmless: the first answer again, nothing written again; the key is the API key's
/// own, and only a successful answer holds it.
/// </summary>
public sealed class IdempotentCreateTests : FreshCms
{
    private static readonly object Article = new { title = "Été à Aktuálně", body = "Texte.", language = "fr" };

    protected override IReadOnlyDictionary<string, string> CmsSettings { get; } = new Dictionary<string, string>
    {
        ["Cms:Webhooks:AllowPrivateTargets"] = "true",
        ["Cms:Webhooks:Deliver"] = "false",
    };

    [Test]
    public async Task A_retried_create_with_the_same_key_and_body_gets_the_first_answer_and_writes_one_article()
    {
        using var first = await PostAsync(Admin, "/api/v1/articles", "article-1", Json.Body(Article));
        var firstText = await first.Content.ReadAsStringAsync();
        Factory.Time.Advance(TimeSpan.FromSeconds(5));
        using var second = await PostAsync(Admin, "/api/v1/articles", "article-1", Json.Body(Article));
        var secondText = await second.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created), firstText);
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(secondText, Is.EqualTo(firstText));
            Assert.That(second.Headers.Location, Is.EqualTo(first.Headers.Location).And.Not.Null);
            Assert.That(second.Headers.ETag, Is.EqualTo(first.Headers.ETag).And.Not.Null);
            Assert.That(second.Content.Headers.ContentType, Is.EqualTo(first.Content.Headers.ContentType));
            Assert.That(second.Headers.GetValues("Idempotent-Replayed"), Is.EqualTo(new[] { "true" }));
            Assert.That(first.Headers.Contains("Idempotent-Replayed"), Is.False);
            Assert.That(Factory.Count("articles"), Is.EqualTo(1));
            Assert.That(Factory.Count("article_revisions"), Is.EqualTo(1));
        });
    }

    [TestCase("/api/v1/tags", "tags")]
    [TestCase("/api/v1/authors", "authors")]
    [TestCase("/api/v1/webhooks", "webhooks")]
    public async Task Every_create_endpoint_replays_its_first_answer_and_writes_once(string path, string table)
    {
        object body = table switch
        {
            "webhooks" => new { url = "http://127.0.0.1:9/hook", events = new[] { "*" } },
            _ => new { name = "Économie" },
        };
        var rows = Factory.Count(table);
        using var first = await PostAsync(Admin, path, "create-1", Json.Body(body));
        var firstText = await first.Content.ReadAsStringAsync();
        Factory.Time.Advance(TimeSpan.FromSeconds(5));
        using var second = await PostAsync(Admin, path, "create-1", Json.Body(body));
        var secondText = await second.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created), firstText);
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(secondText, Is.EqualTo(firstText));
            Assert.That(second.Headers.Location, Is.EqualTo(first.Headers.Location));
            Assert.That(second.Headers.GetValues("Idempotent-Replayed"), Is.EqualTo(new[] { "true" }));
            Assert.That(Factory.Count(table), Is.EqualTo(rows + 1));
        });
    }

    [Test]
    public async Task A_retried_preview_link_is_the_first_link_not_a_new_one()
    {
        var article = await Admin.PostJsonAsync("/api/v1/articles", Article);
        var path = $"/api/v1/articles/{article["id"]}/preview-links";
        using var first = await PostAsync(Admin, path, "preview-1", Json.Body(new { }));
        var firstText = await first.Content.ReadAsStringAsync();
        Factory.Time.Advance(TimeSpan.FromSeconds(5));
        using var second = await PostAsync(Admin, path, "preview-1", Json.Body(new { }));
        using var other = await PostAsync(Admin, path, "preview-2", Json.Body(new { }));
        var secondText = await second.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created), firstText);
            Assert.That(secondText, Is.EqualTo(firstText));
            Assert.That(second.Headers.Location, Is.EqualTo(first.Headers.Location));
            Assert.That(other.Headers.Location, Is.Not.EqualTo(first.Headers.Location));
        });
    }

    [Test]
    public async Task The_same_key_with_another_body_is_refused_and_writes_nothing()
    {
        using var first = await PostAsync(Admin, "/api/v1/tags", "tag-1", Json.Body(new { name = "Économie" }));
        var rows = Factory.CountAll();
        using var reused = await PostAsync(Admin, "/api/v1/tags", "tag-1", Json.Body(new { name = "Politique" }));

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        await reused.IsProblemAsync(HttpStatusCode.UnprocessableEntity, code: "idempotency-key-reused");
        Assert.That(Factory.CountAll(), Is.EqualTo(rows));
    }

    [Test]
    public async Task Another_api_key_sending_the_same_key_and_body_creates_its_own()
    {
        using var first = await Factory.ClientWithRoleAsync("editor");
        using var second = await Factory.ClientWithRoleAsync("editor");
        using var mine = await PostAsync(first, "/api/v1/tags", "tag-1", Json.Body(new { name = "Économie" }));
        using var theirs = await PostAsync(second, "/api/v1/tags", "tag-1", Json.Body(new { name = "Économie" }));
        var myTag = await mine.ReadAsync();
        var theirTag = await theirs.ReadAsync();

        Assert.Multiple(() =>
        {
            Assert.That(theirs.StatusCode, Is.EqualTo(HttpStatusCode.Created), theirTag.ToJsonString());
            Assert.That(theirs.Headers.Contains("Idempotent-Replayed"), Is.False);
            Assert.That(theirTag["id"]!.GetValue<string>(), Is.Not.EqualTo(myTag["id"]!.GetValue<string>()));
            Assert.That(Factory.Count("tags"), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task A_refused_create_lets_its_key_go_so_the_corrected_retry_is_created()
    {
        using var refused = await PostAsync(Admin, "/api/v1/tags", "tag-1", Json.Body(new { name = "" }));
        using var corrected = await PostAsync(Admin, "/api/v1/tags", "tag-1", Json.Body(new { name = "Économie" }));
        using var retried = await PostAsync(Admin, "/api/v1/tags", "tag-1", Json.Body(new { name = "Économie" }));

        await refused.IsProblemAsync(HttpStatusCode.BadRequest, "name");
        Assert.Multiple(() =>
        {
            Assert.That(corrected.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(corrected.Headers.Contains("Idempotent-Replayed"), Is.False);
            Assert.That(retried.Headers.GetValues("Idempotent-Replayed"), Is.EqualTo(new[] { "true" }));
            Assert.That(Factory.Count("tags"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Making_a_key_refuses_an_Idempotency_Key_since_its_secret_is_shown_once_and_kept_nowhere()
    {
        var keys = Factory.Count("api_keys");
        using var response = await PostAsync(Admin, "/api/v1/keys", "key-1", Json.Body(new { name = "Script de nuit", role = "editor" }));

        await response.IsProblemAsync(HttpStatusCode.BadRequest, "Idempotency-Key");
        Assert.That(Factory.Count("api_keys"), Is.EqualTo(keys));
        Assert.That(Factory.Count("create_receipts"), Is.Zero);
    }

    [TestCase("del\u007f")]
    [TestCase("two words")]
    [TestCase(null)]
    public async Task A_key_that_is_not_1_to_200_visible_ascii_characters_is_refused_naming_the_header(string? key)
    {
        using var response = await PostAsync(Admin, "/api/v1/tags", key ?? new string('k', 201), Json.Body(new { name = "Économie" }));

        await response.IsProblemAsync(HttpStatusCode.BadRequest, "Idempotency-Key");
        Assert.That(Factory.Count("tags"), Is.Zero);
    }

    [Test]
    public async Task Creates_sent_together_with_one_key_write_once_and_the_others_are_told_it_is_in_progress_or_get_the_first_answer()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            using var response = await PostAsync(Admin, "/api/v1/articles", "together", Json.Body(Article));
            return (response.StatusCode, RetryAfter: response.Headers.RetryAfter, Body: await response.ReadAsync());
        }));

        var created = answers.Where(answer => answer.StatusCode == HttpStatusCode.Created).ToList();
        var busy = answers.Where(answer => answer.StatusCode == HttpStatusCode.Conflict).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(created.Count + busy.Count, Is.EqualTo(answers.Length), string.Join("\n", answers.Select(a => a.Body.ToJsonString())));
            Assert.That(created.Select(answer => answer.Body["id"]!.GetValue<string>()).Distinct().Count(), Is.EqualTo(1));
            Assert.That(busy.Select(answer => answer.Body["code"]!.GetValue<string>()), Is.All.EqualTo("idempotency-key-in-progress"));
            Assert.That(busy.Select(answer => answer.RetryAfter), Is.All.Not.Null);
            Assert.That(Factory.Count("articles"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_key_another_process_claimed_a_moment_ago_is_in_progress_and_taken_over_once_a_minute_old()
    {
        var startedAt = Factory.Time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        Factory.Execute($"""
            INSERT INTO create_receipts (key, owner, body_hash, started_at)
            SELECT id || char(10) || 'POST /api/v1/tags' || char(10) || 'tag-1', 'another process', '', '{startedAt}'
            FROM api_keys WHERE name = 'bootstrap admin'
            """);
        using var busy = await PostAsync(Admin, "/api/v1/tags", "tag-1", Json.Body(new { name = "Économie" }));
        var problem = await busy.IsProblemAsync(HttpStatusCode.Conflict, code: "idempotency-key-in-progress");
        Factory.Time.Advance(TimeSpan.FromMinutes(2));
        using var takenOver = await PostAsync(Admin, "/api/v1/tags", "tag-1", Json.Body(new { name = "Économie" }));

        Assert.Multiple(() =>
        {
            Assert.That(busy.Headers.RetryAfter, Is.Not.Null, problem.ToJsonString());
            Assert.That(takenOver.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(Factory.Count("tags"), Is.EqualTo(1));
        });
    }

    [TestCase("/api/v1/articles")]
    [TestCase("/api/v1/tags")]
    public async Task A_create_made_by_a_process_that_stopped_before_keeping_its_answer_is_not_made_again_by_a_retry(string path)
    {
        var body = path.EndsWith("tags", StringComparison.Ordinal) ? new { name = "Économie" } : Article;
        using var stopping = new CmsFactory(settings: CmsSettings, services: services => services.AddSingleton<ICreateReceipts>(
            provider => new StoppingBeforeTheAnswer(new SqliteCreateReceipts(provider.GetRequiredService<ISqlDialect>()))));
        using var admin = stopping.Admin();
        using var made = await PostAsync(admin, path, "key-1", Json.Body(body));
        var table = path.Split('/')[^1];
        var count = stopping.Count(table);
        stopping.Execute("UPDATE create_receipts SET owner = 'a process that stopped'");
        stopping.Time.Advance(TimeSpan.FromMinutes(2));

        using var retry = await PostAsync(admin, path, "key-1", Json.Body(body));
        using var otherBody = await PostAsync(admin, path, "key-1", Json.Body(new { name = "Autre" }));

        Assert.That(made.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        await retry.IsProblemAsync(HttpStatusCode.Conflict, code: "idempotency-key-answer-lost");
        await otherBody.IsProblemAsync(HttpStatusCode.UnprocessableEntity, code: "idempotency-key-reused");
        Assert.That(stopping.Count(table), Is.EqualTo(count));
    }

    [Test]
    public async Task A_create_refused_after_claiming_its_key_leaves_no_mark_and_its_corrected_retry_creates()
    {
        using var stopping = new CmsFactory(settings: CmsSettings, services: services => services.AddSingleton<ICreateReceipts>(
            provider => new StoppingBeforeTheAnswer(new SqliteCreateReceipts(provider.GetRequiredService<ISqlDialect>()))));
        using var admin = stopping.Admin();
        using var refused = await PostAsync(admin, "/api/v1/articles", "key-1", Json.Body(new { title = "", body = "Texte.", language = "fr" }));
        stopping.Execute("UPDATE create_receipts SET owner = 'a process that stopped'");
        stopping.Time.Advance(TimeSpan.FromMinutes(2));

        using var retry = await PostAsync(admin, "/api/v1/articles", "key-1", Json.Body(Article));

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(retry.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(stopping.Count("articles"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_replay_is_given_only_to_a_key_still_allowed_to_create()
    {
        var editor = await Factory.CreateKeyAsync("editor");
        using var client = Factory.Keyed(editor["secret"]!.GetValue<string>());
        using var first = await PostAsync(client, "/api/v1/tags", "tag-1", Json.Body(new { name = "Économie" }));
        using var anonymous = await PostAsync(Anonymous, "/api/v1/tags", "tag-1", Json.Body(new { name = "Économie" }));
        using var revoked = await Admin.DeleteAsync($"/api/v1/keys/{editor["id"]}");
        using var afterRevoking = await PostAsync(client, "/api/v1/tags", "tag-1", Json.Body(new { name = "Économie" }));

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        await anonymous.IsProblemAsync(HttpStatusCode.Unauthorized);
        await afterRevoking.IsProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task A_key_is_kept_a_day_then_the_same_request_creates_again()
    {
        using var first = await PostAsync(Admin, "/api/v1/articles", "article-1", Json.Body(Article));
        Factory.Time.Advance(TimeSpan.FromHours(25));
        using var second = await PostAsync(Admin, "/api/v1/articles", "article-1", Json.Body(Article));

        Assert.Multiple(() =>
        {
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(second.Headers.Contains("Idempotent-Replayed"), Is.False);
            Assert.That(second.Headers.Location, Is.Not.EqualTo(first.Headers.Location));
            Assert.That(Factory.Count("articles"), Is.EqualTo(2));
        });
    }

    // The process stops right after the create commits: neither its answer is kept nor its key let go.
    private sealed class StoppingBeforeTheAnswer(ICreateReceipts receipts) : ICreateReceipts
    {
        public Task<CreateReceipt> ClaimAsync(string key, string bodyHash, DateTimeOffset now, CancellationToken cancellationToken) =>
            receipts.ClaimAsync(key, bodyHash, now, cancellationToken);

        public IDisposable MarkWrites(string key) => receipts.MarkWrites(key);

        public Task FinishAsync(string key, CreateAnswer answer, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task ReleaseAsync(string key, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string key, HttpContent body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return await client.SendAsync(request);
    }
}
