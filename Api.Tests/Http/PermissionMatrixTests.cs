using System.Net;

namespace Cms.Api.Tests.Http;

/// <summary>
/// The whole permission matrix over HTTP: each role (and no key) against each action, on its own author's articles and on
/// another author's. A refused write leaves the article as it was.
/// </summary>
public sealed class PermissionMatrixTests
{
    private const string Anonymous = "anonymous";
    private static readonly string[] Roles = [Anonymous, "contributor", "author", "editor", "admin"];

    private CmsFactory factory = null!;
    private HttpClient admin = null!;
    private readonly Dictionary<string, HttpClient> clients = [];

    /// <summary>An action, what it is done to, and the status each role gets, in the order of <see cref="Roles"/>.</summary>
    public sealed record Cell(string Action, Target Target, Func<HttpClient, string, Task<HttpResponseMessage>> Send, params int[] Statuses);

    /// <summary>Whose article, in which state: own means signed by the key's author (any article for keys without one).</summary>
    public enum Target { None, OwnDraft, OthersDraft, OwnPublished, OthersPublished, OwnArchived }

    private static readonly string Future = DateTimeOffset.UtcNow.AddDays(3).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public static IEnumerable<TestCaseData> Matrix()
    {
        Cell[] cells =
        [
            new("create an article", Target.None, (c, _) => c.PostAsync("/api/v1/articles", Json.Body(new { title = "New", body = "B", language = "en" })),
                401, 201, 201, 201, 201),
            new("read", Target.OwnDraft, (c, id) => c.GetAsync($"/api/v1/articles/{id}"), 404, 200, 200, 200, 200),
            new("read", Target.OthersDraft, (c, id) => c.GetAsync($"/api/v1/articles/{id}"), 404, 404, 404, 200, 200),
            new("read", Target.OthersPublished, (c, id) => c.GetAsync($"/api/v1/articles/{id}"), 200, 200, 200, 200, 200),
            new("edit", Target.OwnDraft, Edit, 401, 200, 200, 200, 200),
            new("edit", Target.OthersDraft, Edit, 401, 404, 404, 200, 200),
            new("edit", Target.OwnPublished, Edit, 401, 403, 200, 200, 200),
            new("edit", Target.OthersPublished, Edit, 401, 403, 403, 200, 200),
            new("replace", Target.OwnDraft, (c, id) => c.PutAsync($"/api/v1/articles/{id}", Json.Body(new { title = "Put", body = "B", language = "en" })),
                401, 200, 200, 200, 200),
            new("publish", Target.OwnDraft, (c, id) => c.PostAsync($"/api/v1/articles/{id}/publish", null), 401, 403, 200, 200, 200),
            new("publish", Target.OthersDraft, (c, id) => c.PostAsync($"/api/v1/articles/{id}/publish", null), 401, 403, 404, 200, 200),
            new("schedule", Target.OwnDraft, (c, id) => c.PostAsync($"/api/v1/articles/{id}/publish", Json.Body(new { publishedAt = Future })),
                401, 403, 200, 200, 200),
            new("unpublish", Target.OwnPublished, (c, id) => c.PostAsync($"/api/v1/articles/{id}/unpublish", null), 401, 403, 200, 200, 200),
            new("unpublish", Target.OthersPublished, (c, id) => c.PostAsync($"/api/v1/articles/{id}/unpublish", null), 401, 403, 403, 200, 200),
            new("archive", Target.OwnPublished, (c, id) => c.PostAsync($"/api/v1/articles/{id}/archive", null), 401, 403, 200, 200, 200),
            new("archive", Target.OthersPublished, (c, id) => c.PostAsync($"/api/v1/articles/{id}/archive", null), 401, 403, 403, 200, 200),
            new("restore", Target.OwnArchived, (c, id) => c.PostAsync($"/api/v1/articles/{id}/restore", null), 401, 403, 200, 200, 200),
            new("delete", Target.OwnDraft, (c, id) => c.DeleteAsync($"/api/v1/articles/{id}"), 401, 403, 204, 204, 204),
            new("delete", Target.OthersPublished, (c, id) => c.DeleteAsync($"/api/v1/articles/{id}"), 401, 403, 403, 204, 204),
            new("purge a tombstone", Target.None, (c, _) => c.DeleteAsync($"/api/v1/article-tombstones/{Guid.NewGuid()}"), 401, 403, 403, 403, 404),
            new("create a tag", Target.None, (c, _) => c.PostAsync("/api/v1/tags", Json.Body(new { name = $"Tag {Guid.NewGuid():N}" })),
                401, 403, 403, 201, 201),
            new("edit a tag", Target.None, (c, _) => c.PatchMergeAsync("/api/v1/tags/politics", """{"description":"Changed"}"""),
                401, 403, 403, 200, 200),
            new("create an author", Target.None, (c, _) => c.PostAsync("/api/v1/authors", Json.Body(new { name = $"Author {Guid.NewGuid():N}" })),
                401, 403, 403, 201, 201),
            new("read revisions", Target.OwnDraft, (c, id) => c.GetAsync($"/api/v1/articles/{id}/revisions"), 401, 200, 200, 200, 200),
            new("read revisions", Target.OthersDraft, (c, id) => c.GetAsync($"/api/v1/articles/{id}/revisions/1"), 401, 404, 404, 200, 200),
            new("restore a revision", Target.OwnDraft, (c, id) => c.PostAsync($"/api/v1/articles/{id}/revisions/1/restore", null), 401, 200, 200, 200, 200),
            new("restore a revision", Target.OthersPublished, (c, id) => c.PostAsync($"/api/v1/articles/{id}/revisions/1/restore", null),
                401, 403, 403, 200, 200),
            new("make a preview link", Target.OwnDraft, (c, id) => c.PostAsync($"/api/v1/articles/{id}/preview-links", null), 401, 201, 201, 201, 201),
            new("make a preview link", Target.OthersDraft, (c, id) => c.PostAsync($"/api/v1/articles/{id}/preview-links", null), 401, 404, 404, 201, 201),
            new("make a preview link", Target.OwnPublished, (c, id) => c.PostAsync($"/api/v1/articles/{id}/preview-links", null), 401, 201, 201, 201, 201),
            new("make a preview link", Target.OthersPublished, (c, id) => c.PostAsync($"/api/v1/articles/{id}/preview-links", null),
                401, 403, 403, 201, 201),
            new("list related picks", Target.OwnDraft, (c, id) => c.GetAsync($"/api/v1/articles/{id}/related/picks"), 401, 403, 403, 200, 200),
            new("set related picks", Target.OwnPublished, (c, id) => c.PutAsync($"/api/v1/articles/{id}/related/picks", Json.Body(new { articles = Array.Empty<string>() })),
                401, 403, 403, 200, 200),
            new("set translations", Target.OwnPublished, (c, id) => c.PutAsync($"/api/v1/articles/{id}/translations", Json.Body(new { articles = Array.Empty<string>() })),
                401, 403, 403, 200, 200),
            new("replace settings", Target.None, (c, _) => c.PutAsync("/api/v1/settings", Json.Body(SettingsTests.Valid())), 401, 403, 403, 403, 200),
            new("read the audit log", Target.None, (c, _) => c.GetAsync("/api/v1/audit"), 401, 403, 403, 403, 200),
            new("list keys", Target.None, (c, _) => c.GetAsync("/api/v1/keys"), 401, 403, 403, 403, 200),
            new("create a key", Target.None, (c, _) => c.PostAsync("/api/v1/keys", Json.Body(new { name = "K", role = "editor" })),
                401, 403, 403, 403, 201),
            new("revoke a key", Target.None, (c, _) => c.DeleteAsync($"/api/v1/keys/{Guid.NewGuid()}"), 401, 403, 403, 403, 404),
        ];
        foreach (var cell in cells)
        {
            for (var i = 0; i < Roles.Length; i++)
            {
                yield return new TestCaseData(cell, Roles[i], cell.Statuses[i])
                    .SetArgDisplayNames(Roles[i], cell.Action, cell.Target.ToString(), cell.Statuses[i].ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        factory = new CmsFactory();
        admin = factory.Admin();
        foreach (var name in new[] { "Alice Martin", "Bruno Keller", "Chloé Simon" }) await admin.PostJsonAsync("/api/v1/authors", new { name });
        await admin.PostJsonAsync("/api/v1/tags", new { name = "Politics" });
        clients[Anonymous] = factory.Anonymous();
        clients["contributor"] = await factory.ClientWithRoleAsync("contributor", "alice-martin");
        clients["author"] = await factory.ClientWithRoleAsync("author", "bruno-keller");
        clients["editor"] = await factory.ClientWithRoleAsync("editor");
        clients["admin"] = await factory.ClientWithRoleAsync("admin");
    }

    [OneTimeTearDown]
    public void Stop()
    {
        foreach (var client in clients.Values) client.Dispose();
        admin.Dispose();
        factory.Dispose();
    }

    [TestCaseSource(nameof(Matrix))]
    public async Task Role_gets_the_status_the_matrix_gives_and_a_refusal_changes_nothing(Cell cell, string role, int status)
    {
        var id = cell.Target == Target.None ? "" : await ArticleAsync(role, cell.Target);
        var before = id.Length == 0 ? null : await admin.GetStringAsync($"/api/v1/articles/{id}");

        using var response = await cell.Send(clients[role], id);

        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(status), text);
        if (status >= 400)
        {
            await response.IsProblemAsync((HttpStatusCode)status);
            if (before is not null) Assert.That(await admin.GetStringAsync($"/api/v1/articles/{id}"), Is.EqualTo(before));
        }
    }

    private static Task<HttpResponseMessage> Edit(HttpClient client, string id) =>
        client.PatchMergeAsync($"/api/v1/articles/{id}", """{"subtitle":"Edited"}""");

    private async Task<string> ArticleAsync(string role, Target target)
    {
        var own = role switch { "contributor" => "alice-martin", "author" => "bruno-keller", _ => "alice-martin" };
        var author = target is Target.OwnDraft or Target.OwnPublished or Target.OwnArchived ? own : "chloe-simon";
        var created = await admin.PostJsonAsync("/api/v1/articles",
            new { title = $"{target} for {role}", body = "Text.", language = "en", authors = new[] { author } });
        var id = created["id"]!.GetValue<string>();
        if (target is not (Target.OwnDraft or Target.OthersDraft)) await admin.PostJsonAsync($"/api/v1/articles/{id}/publish", new { });
        if (target is Target.OwnArchived) await admin.PostJsonAsync($"/api/v1/articles/{id}/archive", new { });
        return id;
    }
}
