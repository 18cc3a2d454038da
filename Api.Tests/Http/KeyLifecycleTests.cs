using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace Cms.Api.Tests.Http;

/// <summary>Keys made by admins: shown once, stored as a hash, listed, revoked from the next request, expiring on time.</summary>
public sealed class KeyLifecycleTests : SharedCms
{
    protected override async Task SeedAsync() => await Admin.PostJsonAsync("/api/v1/authors", new { name = "Claire Dubois" });

    [Test]
    public async Task Secret_is_shown_once_and_stored_only_as_a_hash_while_the_list_shows_prefix_role_author_and_dates()
    {
        var created = await Factory.CreateKeyAsync("author", "claire-dubois");
        var secret = created["secret"]!.GetValue<string>();
        var id = created["id"]!.GetValue<string>();
        using (var keyed = Factory.Keyed(secret)) await keyed.PostJsonAsync("/api/v1/articles", new { title = "Mine", body = "B", language = "fr" });

        var listed = (await Admin.GetJsonAsync("/api/v1/keys"))["items"]!.AsArray().Single(k => k!["id"]!.GetValue<string>() == id)!.AsObject();
        var one = (await Admin.GetJsonAsync($"/api/v1/keys/{id}")).AsObject();
        Assert.Multiple(() =>
        {
            Assert.That(secret, Does.StartWith("cms_").And.Length.GreaterThan(40));
            Assert.That(listed.ContainsKey("secret"), Is.False);
            Assert.That(one.ContainsKey("secret"), Is.False);
            Assert.That(listed["prefix"]!.GetValue<string>(), Is.EqualTo(secret[..12]));
            Assert.That(listed["role"]!.GetValue<string>(), Is.EqualTo("author"));
            Assert.That(listed["author"]!["slug"]!.GetValue<string>(), Is.EqualTo("claire-dubois"));
            Assert.That(listed["createdAt"]!.GetValue<string>(), Does.EndWith("Z"));
            Assert.That(listed["lastUsedAt"], Is.Not.Null);
            Assert.That(listed["expiresAt"], Is.Null);
            Assert.That(listed["revokedAt"], Is.Null);
            Assert.That(StoredKeyColumns(), Has.None.Contains(secret[12..]));
        });
    }

    [Test]
    public async Task Revoked_key_gets_the_same_401_as_an_unknown_key_on_the_very_next_request()
    {
        var created = await Factory.CreateKeyAsync("editor");
        using var keyed = Factory.Keyed(created["secret"]!.GetValue<string>());
        await keyed.GetJsonAsync("/api/v1/articles");

        using var revoked = await Admin.DeleteAsync($"/api/v1/keys/{created["id"]}");
        Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var tags = Factory.Count("tags");
        using var refused = await keyed.PostAsync("/api/v1/tags", Json.Body(new { name = "Late" }));
        var problem = await refused.IsProblemAsync(HttpStatusCode.Unauthorized, code: "unauthorized");
        Assert.Multiple(async () =>
        {
            Assert.That(Comparable(problem), Is.EqualTo(Comparable(await UnknownKeyProblemAsync())));
            Assert.That((await Admin.GetJsonAsync($"/api/v1/keys/{created["id"]}"))["revokedAt"], Is.Not.Null);
            Assert.That(Factory.Count("tags"), Is.EqualTo(tags));
        });
    }

    [Test]
    public async Task Key_works_until_its_expiry_and_then_gets_the_same_401_as_an_unknown_key()
    {
        var expiry = DateTimeOffset.UtcNow.AddHours(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var created = await Factory.CreateKeyAsync("editor", expiresAt: expiry);
        using var keyed = Factory.Keyed(created["secret"]!.GetValue<string>());
        await keyed.PostJsonAsync("/api/v1/tags", new { name = "Before" });

        Factory.Time.Advance(TimeSpan.FromHours(2));
        var tags = Factory.Count("tags");
        using var refused = await keyed.PostAsync("/api/v1/tags", Json.Body(new { name = "After" }));
        var problem = await refused.IsProblemAsync(HttpStatusCode.Unauthorized, code: "unauthorized");
        Assert.Multiple(async () =>
        {
            Assert.That(Comparable(problem), Is.EqualTo(Comparable(await UnknownKeyProblemAsync())));
            Assert.That(Factory.Count("tags"), Is.EqualTo(tags));
        });
    }

    [Test]
    public async Task Made_key_in_the_query_string_is_refused_with_a_problem_naming_the_header()
    {
        var secret = (await Factory.CreateKeyAsync("admin"))["secret"]!.GetValue<string>();
        using var response = await Anonymous.GetAsync($"/api/v1/keys?api_key={secret}");
        var problem = await response.IsProblemAsync(HttpStatusCode.Unauthorized, code: "key-in-query");
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("Authorization: Bearer"));
    }

    [TestCase("contributor", null, null, "author")]
    [TestCase("author", "nobody", null, "author")]
    [TestCase("editor", "claire-dubois", null, "author")]
    [TestCase("admin", null, "2001-01-01T00:00:00Z", "expiresAt")]
    [TestCase("chief", null, null, "role")]
    public async Task Key_request_that_breaks_a_rule_is_a_400_naming_the_field_and_makes_no_key(string role, string? author, string? expiresAt, string field)
    {
        var before = Factory.Count("api_keys");
        using var response = await Admin.PostAsync("/api/v1/keys", Json.Body(new { name = "K", role, author, expiresAt }));
        await response.IsProblemAsync(HttpStatusCode.BadRequest, field);
        Assert.That(Factory.Count("api_keys"), Is.EqualTo(before));
    }

    [Test]
    public async Task Revoking_a_key_that_does_not_exist_is_a_404()
    {
        using var response = await Admin.DeleteAsync($"/api/v1/keys/{Guid.NewGuid()}");
        await response.IsProblemAsync(HttpStatusCode.NotFound, code: "key-not-found");
    }

    [Test]
    public async Task Revoking_a_key_with_an_ETag_it_no_longer_has_is_a_412_that_leaves_the_key_as_it_was()
    {
        var key = await Factory.CreateKeyAsync("editor");
        var url = $"/api/v1/keys/{key["id"]}";
        using var keyed = Factory.Keyed(key["secret"]!.GetValue<string>());
        var read = await Admin.ETagAsync(url);
        var ofAnotherKey = await Admin.ETagAsync($"/api/v1/keys/{(await Factory.CreateKeyAsync("editor"))["id"]}");

        using var forAnotherKey = await Admin.SendIfMatchAsync(HttpMethod.Delete, url, ofAnotherKey);
        using var stillWorking = await keyed.GetAsync("/api/v1/articles");
        var notRevoked = await Admin.GetJsonAsync(url);
        using var revoked = await Admin.SendIfMatchAsync(HttpMethod.Delete, url, read);
        var revokedAt = (await Admin.GetJsonAsync(url))["revokedAt"]!.GetValue<string>();
        using var stale = await Admin.SendIfMatchAsync(HttpMethod.Delete, url, read);
        using var current = await Admin.SendIfMatchAsync(HttpMethod.Delete, url, await Admin.ETagAsync(url));

        Assert.Multiple(async () =>
        {
            await forAnotherKey.IsStaleAsync();
            Assert.That(stillWorking.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(notRevoked["revokedAt"], Is.Null);
            Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            await stale.IsStaleAsync();
            Assert.That(current.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That((await Admin.GetJsonAsync(url))["revokedAt"]!.GetValue<string>(), Is.EqualTo(revokedAt));
        });
    }

    [Test]
    public async Task A_key_read_is_last_modified_when_it_was_made_then_when_it_was_revoked()
    {
        var key = await Factory.CreateKeyAsync("editor");
        var url = $"/api/v1/keys/{key["id"]}";
        using var made = await Admin.GetAsync(url);
        using var revoking = await Admin.DeleteAsync(url);
        using var revoked = await Admin.GetAsync(url);
        var revokedAt = (await revoked.ReadAsync())["revokedAt"]!.GetValue<string>();

        Assert.That(revoking.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(made.Content.Headers.LastModified, Is.EqualTo(Instant(key["createdAt"]!.GetValue<string>())).Within(TimeSpan.FromSeconds(1)));
        Assert.That(revoked.Content.Headers.LastModified, Is.EqualTo(Instant(revokedAt)).Within(TimeSpan.FromSeconds(1)));
    }

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public async Task If_Match_on_revoking_a_key_is_read_as_on_every_other_write() =>
        await GuardedWrites.ReadsIfMatchAsEveryWriteAsync(async () =>
        {
            var url = $"/api/v1/keys/{(await Factory.CreateKeyAsync("editor"))["id"]}";
            return (await Admin.ETagAsync(url), ifMatch => Admin.SendIfMatchAsync(HttpMethod.Delete, url, ifMatch));
        }, HttpStatusCode.NoContent);

    private async Task<JsonObject> UnknownKeyProblemAsync()
    {
        using var unknown = Factory.Keyed("cms_unknown-key-that-was-never-made");
        using var response = await unknown.PostAsync("/api/v1/tags", Json.Body(new { name = "X" }));
        return await response.IsProblemAsync(HttpStatusCode.Unauthorized);
    }

    private static string Comparable(JsonObject problem)
    {
        var copy = problem.DeepClone().AsObject();
        copy.Remove("traceId");
        return copy.ToJsonString();
    }

    private List<string> StoredKeyColumns()
    {
        using var connection = new SqliteConnection($"Data Source={Factory.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM api_keys";
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++) values.Add(reader.IsDBNull(i) ? "" : reader.GetValue(i).ToString()!);
        }
        return values;
    }
}
