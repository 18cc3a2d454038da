using System.Net;
using System.Text.Json.Nodes;

namespace Cms.Api.Tests.Http;

/// <summary>Every change to an article leaves a revision (full content, who, when, which fields); a revision can be restored.</summary>
public sealed class RevisionTests : SharedCms
{
    [Test]
    public async Task Each_change_leaves_a_revision_naming_the_key_and_the_fields_it_changed()
    {
        var created = await Admin.PostJsonAsync("/api/v1/articles", new { title = "First title", body = "Text.", language = "en" });
        var id = created["id"]!.GetValue<string>();
        await (await Admin.PatchMergeAsync($"/api/v1/articles/{id}", """{"subtitle":"A subtitle","tags":[]}""")).ReadAsync();
        await Admin.PostJsonAsync($"/api/v1/articles/{id}/publish", new { });

        var list = (await Admin.GetJsonAsync($"/api/v1/articles/{id}/revisions"))["items"]!.AsArray();
        var first = await Admin.GetJsonAsync($"/api/v1/articles/{id}/revisions/1");
        var bootstrapId = (await Admin.GetJsonAsync("/api/v1/keys"))["items"]!.AsArray()
            .Single(k => k!["name"]!.GetValue<string>() == "bootstrap admin")!["id"]!.GetValue<string>();
        Assert.Multiple(() =>
        {
            Assert.That(list.Select(r => r!["number"]!.GetValue<int>()), Is.EqualTo(new[] { 3, 2, 1 }));
            Assert.That(Changed(list[0]!), Is.EqualTo(new[] { "status", "publishedAt" }));
            Assert.That(Changed(list[1]!), Is.EqualTo(new[] { "subtitle" }));
            Assert.That(Changed(list[2]!), Does.Contain("title").And.Contain("body").And.Contain("slug"));
            Assert.That(list[0]!["status"]!.GetValue<string>(), Is.EqualTo("published"));
            Assert.That(list[0]!["by"]!["name"]!.GetValue<string>(), Is.EqualTo("bootstrap admin"));
            Assert.That(list[0]!["by"]!["keyId"]!.GetValue<string>(), Is.EqualTo(bootstrapId));
            Assert.That(first["content"]!["title"]!.GetValue<string>(), Is.EqualTo("First title"));
            Assert.That(first["content"]!["body"]!.GetValue<string>(), Is.EqualTo("Text."));
            Assert.That(first["content"]!["subtitle"], Is.Null);
            Assert.That(first["status"]!.GetValue<string>(), Is.EqualTo("draft"));
        });
    }

    [Test]
    public async Task Restoring_a_revision_writes_its_content_back_as_a_new_revision_and_keeps_the_status()
    {
        var id = (await Admin.PostJsonAsync("/api/v1/articles", new { title = "Original", body = "Old text.", language = "en" }))["id"]!.GetValue<string>();
        using (await Admin.PutAsync($"/api/v1/articles/{id}", Json.Body(new { title = "Rewritten", body = "New text.", language = "en", slug = "original" }))) { }
        await Admin.PostJsonAsync($"/api/v1/articles/{id}/publish", new { });

        var restored = await Admin.PostJsonAsync($"/api/v1/articles/{id}/revisions/1/restore", new { });
        var latest = (await Admin.GetJsonAsync($"/api/v1/articles/{id}/revisions?limit=1"))["items"]![0]!;
        var read = await Admin.GetJsonAsync($"/api/v1/articles/{id}?formats=markdown");
        Assert.Multiple(() =>
        {
            Assert.That(restored["title"]!.GetValue<string>(), Is.EqualTo("Original"));
            Assert.That(restored["status"]!.GetValue<string>(), Is.EqualTo("published"));
            Assert.That(read["body"]!["markdown"]!.GetValue<string>(), Does.Contain("Old text."));
            Assert.That(latest["number"]!.GetValue<int>(), Is.EqualTo(4));
            Assert.That(Changed(latest), Is.EqualTo(new[] { "title", "excerpt", "body" }));
        });
    }

    [Test]
    public async Task Revisions_need_a_key_that_may_read_the_article()
    {
        await Admin.PostJsonAsync("/api/v1/authors", new { name = "Rita Own" });
        await Admin.PostJsonAsync("/api/v1/authors", new { name = "Sam Other" });
        var own = (await Admin.PostJsonAsync("/api/v1/articles", new { title = "Rita's", body = "B", language = "en", authors = new[] { "rita-own" } }))["id"];
        var other = (await Admin.PostJsonAsync("/api/v1/articles", new { title = "Sam's", body = "B", language = "en", authors = new[] { "sam-other" } }))["id"];
        using var contributor = await Factory.ClientWithRoleAsync("contributor", "rita-own");

        using var anonymous = await Anonymous.GetAsync($"/api/v1/articles/{own}/revisions");
        using var hidden = await contributor.GetAsync($"/api/v1/articles/{other}/revisions/1");
        using var missing = await Admin.PostAsync($"/api/v1/articles/{own}/revisions/99/restore", null);
        var mine = await contributor.GetJsonAsync($"/api/v1/articles/{own}/revisions");
        Assert.Multiple(async () =>
        {
            await anonymous.IsProblemAsync(HttpStatusCode.Unauthorized);
            await hidden.IsProblemAsync(HttpStatusCode.NotFound, code: "article-not-found");
            await missing.IsProblemAsync(HttpStatusCode.NotFound, code: "revision-not-found");
            Assert.That(mine["items"]!.AsArray(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task A_revision_is_stored_with_its_accents_as_written_and_an_escaped_one_from_before_reads_the_same()
    {
        const string title = "Été à Liège, déjà vu";
        var id = (await Admin.PostJsonAsync("/api/v1/articles", new { title, body = "Un café, s’il vous plaît.", language = "fr" }))["id"]!
            .GetValue<string>();
        const string sql = "SELECT content FROM article_revisions WHERE article_id = $id AND number = 1";
        var stored = (string)Stored.Read(Factory.DatabasePath, sql, id);
        Stored.Write(Factory.DatabasePath, "UPDATE article_revisions SET content = $value WHERE article_id = $id AND number = 1", id,
            stored.Replace("É", "\\u00C9", StringComparison.Ordinal).Replace("’", "\\u2019", StringComparison.Ordinal));

        var read = await Admin.GetJsonAsync($"/api/v1/articles/{id}/revisions/1");
        Assert.Multiple(() =>
        {
            Assert.That(stored, Does.Contain(title).And.Contain("s’il vous plaît").And.Not.Contain("\\u00"));
            Assert.That(read["content"]!["title"]!.GetValue<string>(), Is.EqualTo(title));
            Assert.That(read["content"]!["body"]!.GetValue<string>(), Is.EqualTo("Un café, s’il vous plaît."));
        });
    }

    [Test]
    public async Task A_cursor_from_one_articles_revisions_is_a_400_on_another_articles_revisions()
    {
        var first = (await Admin.DraftAsync("Cursor source"))["id"]!.GetValue<string>();
        var second = (await Admin.DraftAsync("Cursor target"))["id"]!.GetValue<string>();
        await Admin.PostJsonAsync($"/api/v1/articles/{first}/publish", new { });
        var cursor = (await Admin.GetJsonAsync($"/api/v1/articles/{first}/revisions?limit=1"))["page"]!["nextCursor"]!.GetValue<string>();

        using var response = await Admin.GetAsync($"/api/v1/articles/{second}/revisions?limit=1&cursor={Uri.EscapeDataString(cursor)}");
        await response.IsProblemAsync(HttpStatusCode.BadRequest, "cursor");
    }

    private static string[] Changed(JsonNode revision) => revision["changed"]!.AsArray().Select(c => c!.GetValue<string>()).ToArray();
}
