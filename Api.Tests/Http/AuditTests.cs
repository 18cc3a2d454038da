using System.Net;
using System.Text.Json.Nodes;

namespace Cms.Api.Tests.Http;

/// <summary>Every write and key event lands in the audit log (who, what, which resource, when, outcome), readable by admins with filters and paging.</summary>
public sealed class AuditTests : FreshCms
{
    [Test]
    public async Task Writes_refusals_and_key_events_are_recorded_with_who_what_which_resource_and_outcome_but_reads_are_not()
    {
        var authorId = (await Admin.PostJsonAsync("/api/v1/authors", new { name = "Lea Audit" }))["id"]!.GetValue<string>();
        var key = await Factory.CreateKeyAsync("contributor", "lea-audit");
        var keyId = key["id"]!.GetValue<string>();
        using var contributor = Factory.Keyed(key["secret"]!.GetValue<string>());
        var article = await contributor.PostJsonAsync("/api/v1/articles", new { title = "Audited", body = "B", language = "en" });
        var id = article["id"]!.GetValue<string>();
        await (await contributor.PatchMergeAsync("/api/v1/articles/audited", """{"subtitle":"S"}""")).ReadAsync();
        using (await contributor.PostAsync($"/api/v1/articles/{id}/publish", null)) { }
        using (await Anonymous.DeleteAsync($"/api/v1/articles/{id}")) { }
        await contributor.GetJsonAsync($"/api/v1/articles/{id}");
        using (await Admin.DeleteAsync($"/api/v1/keys/{keyId}")) { }
        using (await contributor.GetAsync("/api/v1/articles")) { }

        var entries = (await Admin.GetJsonAsync("/api/v1/audit?limit=100"))["items"]!.AsArray().Select(e => e!.AsObject()).ToList();
        string Line(JsonObject e) => $"{e["key"]?["name"]?.GetValue<string>() ?? "-"} {e["action"]} {e["resource"]} {e["status"]} {e["outcome"]}";
        Assert.That(entries.Select(Line), Is.EquivalentTo(new[]
        {
            $"bootstrap admin createAuthor authors/{authorId} 201 succeeded",
            $"bootstrap admin createKey keys/{keyId} 201 succeeded",
            $"contributor key createArticle articles/{id} 201 succeeded",
            $"contributor key patchArticle articles/{id} 200 succeeded",
            "contributor key publishArticle articles/" + id + " 403 failed",
            "- deleteArticle articles/" + id + " 401 failed",
            $"bootstrap admin revokeKey keys/{keyId} 204 succeeded",
            $"contributor key authenticate keys/{keyId} 401 failed",
        }));
        Assert.That(entries.Select(e => WorkflowTests.Instant(e, "at")), Is.Ordered.Descending);
    }

    [Test]
    public async Task Audit_filters_by_key_action_resource_outcome_and_time_and_pages()
    {
        using var editor = await Factory.ClientWithRoleAsync("editor");
        var editorId = (await Admin.GetJsonAsync("/api/v1/keys"))["items"]![0]!["id"]!.GetValue<string>();
        var since = Factory.Time.GetUtcNow().AddMilliseconds(-1);
        var ids = new List<string>();
        for (var i = 0; i < 3; i++) ids.Add((await editor.PostJsonAsync("/api/v1/tags", new { name = $"Tag {i}" }))["id"]!.GetValue<string>());
        using (await editor.PostAsync("/api/v1/keys", Json.Body(new { name = "K", role = "admin" }))) { }
        var until = Factory.Time.GetUtcNow().AddMilliseconds(1);
        Factory.Time.Advance(TimeSpan.FromMinutes(1));
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Later" });

        var byKey = await ActionsAsync($"/api/v1/audit?keyId={editorId}");
        var failed = await ActionsAsync($"/api/v1/audit?keyId={editorId}&outcome=failed");
        var byResource = await ActionsAsync($"/api/v1/audit?resource=tags/{ids[1]}");
        var byAction = await ActionsAsync($"/api/v1/audit?action=createTag&since={Uri.EscapeDataString(since.ToString("O"))}&until={Uri.EscapeDataString(until.ToString("O"))}");
        var first = await Admin.GetJsonAsync($"/api/v1/audit?keyId={editorId}&limit=2");
        var second = await Admin.GetJsonAsync($"/api/v1/audit?keyId={editorId}&limit=2&cursor={first["page"]!["nextCursor"]}");
        Assert.Multiple(() =>
        {
            Assert.That(byKey, Is.EquivalentTo(new[] { "createKey", "createTag", "createTag", "createTag" }));
            Assert.That(failed, Is.EqualTo(new[] { "createKey" }));
            Assert.That(byResource, Is.EqualTo(new[] { "createTag" }));
            Assert.That(byAction, Has.Length.EqualTo(3));
            Assert.That(first["items"]!.AsArray().Concat(second["items"]!.AsArray()).Select(e => e!["id"]!.GetValue<string>()).Distinct().Count(), Is.EqualTo(4));
        });
    }

    [Test]
    public async Task Audit_is_for_admins_only()
    {
        using var editor = await Factory.ClientWithRoleAsync("editor");
        using var forbidden = await editor.GetAsync("/api/v1/audit");
        using var anonymous = await Anonymous.GetAsync("/api/v1/audit");
        using var badOutcome = await Admin.GetAsync("/api/v1/audit?outcome=maybe");
        Assert.Multiple(async () =>
        {
            await forbidden.IsProblemAsync(HttpStatusCode.Forbidden);
            await anonymous.IsProblemAsync(HttpStatusCode.Unauthorized);
            await badOutcome.IsProblemAsync(HttpStatusCode.BadRequest, "outcome");
        });
    }

    [Test]
    public async Task A_write_whose_body_cannot_be_read_is_recorded_on_the_resource_its_route_names()
    {
        var id = (await Admin.PostJsonAsync("/api/v1/articles", new { title = "Body refused", body = "B", language = "en" }))["id"]!.GetValue<string>();
        using (await Admin.PostAsync($"/api/v1/articles/{id}/publish", Json.Body("""{"foo":1}"""))) { }
        using (await Admin.PostAsync("/api/v1/articles", Json.Body("""{"foo":1}"""))) { }
        using (await Admin.PostAsync("/api/v1/webhooks", Json.Body("""{"foo":1}"""))) { }

        var failed = (await Admin.GetJsonAsync("/api/v1/audit?outcome=failed"))["items"]!.AsArray()
            .Select(e => $"{e!["action"]} {e["resource"]} {e["status"]}");
        var onArticle = await ActionsAsync($"/api/v1/audit?resource=articles/{id}");
        Assert.Multiple(() =>
        {
            Assert.That(failed, Is.EquivalentTo(new[] { $"publishArticle articles/{id} 400", "createArticle articles 400", "registerWebhook webhooks 400" }));
            Assert.That(onArticle, Is.EquivalentTo(new[] { "createArticle", "publishArticle" }));
        });
    }

    private async Task<string[]> ActionsAsync(string url) =>
        (await Admin.GetJsonAsync(url))["items"]!.AsArray().Select(e => e!["action"]!.GetValue<string>()).ToArray();
}
