using System.Net;
using System.Text.Json.Nodes;

namespace Cms.Api.Tests.Http;

/// <summary>Authors and tags: create, read by id or slug, replace, merge-patch and delete, and what deleting one still in use does.</summary>
public sealed class ListingCrudTests : FreshCms
{
    [TestCase("authors", """{"name":"Zoë Ångström","jobTitle":"Rédactrice","bio":"Écrit “tout”…","social":{"mastodon":"@zoe@m.example"},"email":"zoe@newsroom.example"}""", "zoe-angstrom")]
    [TestCase("tags", """{"name":"Société & Éducation","description":"L’école.","visibility":"internal"}""", "societe-education")]
    public async Task Create_answers_201_with_Location_and_ETag_and_reads_back_by_id_and_by_slug(string route, string json, string slug)
    {
        using var response = await Admin.PostAsync($"/api/v1/{route}", Json.Body(json));
        var created = await response.ReadAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), created.ToJsonString());
        var id = created["id"]!.GetValue<string>();
        var byId = await Admin.GetJsonAsync($"/api/v1/{route}/{id}");
        var bySlug = await Admin.GetJsonAsync($"/api/v1/{route}/{slug}");
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/{route}/{id}"));
            Assert.That(response.Headers.ETag, Is.Not.Null);
            Assert.That(Guid.Parse(id).Version, Is.EqualTo(7));
            Assert.That(created["slug"]!.GetValue<string>(), Is.EqualTo(slug));
            Assert.That(byId.ToJsonString(), Is.EqualTo(created.ToJsonString()));
            Assert.That(bySlug.ToJsonString(), Is.EqualTo(created.ToJsonString()));
            foreach (var (name, value) in JsonNode.Parse(json)!.AsObject())
            {
                if (value is JsonObject inner)
                {
                    foreach (var (innerName, innerValue) in inner)
                        Assert.That(created[name]![innerName]!.ToJsonString(), Is.EqualTo(innerValue!.ToJsonString()), $"{name}.{innerName}");
                }
                else Assert.That(created[name]!.ToJsonString(), Is.EqualTo(value!.ToJsonString()), name);
            }
        });
    }

    [TestCase("authors")]
    [TestCase("tags")]
    public async Task Slug_is_made_from_the_name_and_numbered_when_taken(string route)
    {
        var first = await Admin.PostJsonAsync($"/api/v1/{route}", new { name = "Été à Aktuálně" });
        var second = await Admin.PostJsonAsync($"/api/v1/{route}", new { name = "Été à Aktuálně" });
        Assert.Multiple(() =>
        {
            Assert.That(first["slug"]!.GetValue<string>(), Is.EqualTo("ete-a-aktualne"));
            Assert.That(second["slug"]!.GetValue<string>(), Is.EqualTo("ete-a-aktualne-2"));
        });
    }

    [Test]
    public async Task Put_replaces_an_author_and_merge_patch_changes_only_the_given_fields()
    {
        await Admin.PostJsonAsync("/api/v1/authors",
            new { name = "Claire Dubois", bio = "Bio", jobTitle = "Journaliste", email = "claire@newsroom.example", social = new { x = "@claire" } });

        using var put = await Admin.PutAsync("/api/v1/authors/claire-dubois", Json.Body(new { name = "Claire D.", jobTitle = "Cheffe" }));
        Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.OK), await put.Content.ReadAsStringAsync());
        var replaced = await Admin.GetJsonAsync("/api/v1/authors/claire-dubois");
        Assert.Multiple(() =>
        {
            Assert.That(put.Headers.ETag, Is.Not.Null);
            Assert.That(replaced["name"]!.GetValue<string>(), Is.EqualTo("Claire D."));
            Assert.That(replaced["slug"]!.GetValue<string>(), Is.EqualTo("claire-dubois"));
            Assert.That(replaced["bio"], Is.Null);
            Assert.That(replaced.AsObject().ContainsKey("email"), Is.False, "a replace without email removes it");
            Assert.That(replaced["social"]!["x"], Is.Null);
        });

        using var patch = await Admin.PatchMergeAsync("/api/v1/authors/claire-dubois", """{"bio":"Nouvelle bio","social":{"bluesky":"claire.bsky.social"},"jobTitle":null}""");
        Assert.That(patch.StatusCode, Is.EqualTo(HttpStatusCode.OK), await patch.Content.ReadAsStringAsync());
        var patched = await Admin.GetJsonAsync("/api/v1/authors/claire-dubois");
        Assert.Multiple(() =>
        {
            Assert.That(patched["name"]!.GetValue<string>(), Is.EqualTo("Claire D."));
            Assert.That(patched["bio"]!.GetValue<string>(), Is.EqualTo("Nouvelle bio"));
            Assert.That(patched["jobTitle"], Is.Null);
            Assert.That(patched["social"]!["bluesky"]!.GetValue<string>(), Is.EqualTo("claire.bsky.social"));
            Assert.That(patched["createdAt"]!.GetValue<string>(), Is.EqualTo(replaced["createdAt"]!.GetValue<string>()));
        });
    }

    [Test]
    public async Task Merge_patch_of_a_tag_changes_its_visibility_and_keeps_the_rest()
    {
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Climat", description = "Le climat." });
        using var patch = await Admin.PatchMergeAsync("/api/v1/tags/climat", """{"visibility":"internal"}""");
        Assert.That(patch.StatusCode, Is.EqualTo(HttpStatusCode.OK), await patch.Content.ReadAsStringAsync());
        var tag = await Admin.GetJsonAsync("/api/v1/tags/climat");
        Assert.Multiple(() =>
        {
            Assert.That(tag["visibility"]!.GetValue<string>(), Is.EqualTo("internal"));
            Assert.That(tag["name"]!.GetValue<string>(), Is.EqualTo("Climat"));
            Assert.That(tag["description"]!.GetValue<string>(), Is.EqualTo("Le climat."));
        });
    }

    [TestCase("authors")]
    [TestCase("tags")]
    public async Task Delete_answers_204_then_404(string route)
    {
        var created = await Admin.PostJsonAsync($"/api/v1/{route}", new { name = "Doomed" });
        using var deleted = await Admin.DeleteAsync($"/api/v1/{route}/{created["id"]}");
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        using var read = await Admin.GetAsync($"/api/v1/{route}/doomed");
        await read.IsProblemAsync(HttpStatusCode.NotFound, code: $"{route[..^1]}-not-found");
        using var again = await Admin.DeleteAsync($"/api/v1/{route}/doomed");
        await again.IsProblemAsync(HttpStatusCode.NotFound, code: $"{route[..^1]}-not-found");
        Assert.That(Factory.Count(route), Is.Zero);
    }

    [Test]
    public async Task Deleting_an_author_with_a_working_key_is_a_409_saying_so_and_a_revoked_key_lets_it_go()
    {
        await Admin.PostJsonAsync("/api/v1/authors", new { name = "Keyed Writer" });
        var made = await Admin.PostJsonAsync("/api/v1/keys", new { name = "Writer's laptop", role = "author", author = "keyed-writer" });
        var keyId = made["id"]!.GetValue<string>();

        using var refused = await Admin.DeleteAsync("/api/v1/authors/keyed-writer");
        var problem = await refused.IsProblemAsync(HttpStatusCode.Conflict, code: "author-in-use");
        Assert.Multiple(async () =>
        {
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("revoke them first").And.Not.Contain("named on articles"));
            Assert.That((await Admin.GetAsync("/api/v1/authors/keyed-writer")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });

        (await Admin.DeleteAsync($"/api/v1/keys/{keyId}")).EnsureSuccessStatusCode();
        using var deleted = await Admin.DeleteAsync("/api/v1/authors/keyed-writer");
        var keys = await Admin.GetJsonAsync("/api/v1/keys?limit=100");
        var revoked = keys["items"]!.AsArray().Single(key => key!["id"]!.GetValue<string>() == keyId)!;
        Assert.Multiple(() =>
        {
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(revoked["name"]!.GetValue<string>(), Is.EqualTo("Writer's laptop"));
            Assert.That(revoked["author"], Is.Null);
            Assert.That(revoked["revokedAt"], Is.Not.Null);
        });
    }

    [Test]
    public async Task Deleting_an_author_still_named_on_an_article_is_a_409_and_changes_nothing()
    {
        await Admin.PostJsonAsync("/api/v1/authors", new { name = "Claire Dubois" });
        await Admin.PostJsonAsync("/api/v1/articles", new { title = "Byline", body = "B", language = "fr", authors = new[] { "claire-dubois" } });
        var rows = Factory.CountAll();
        var author = await Admin.GetStringAsync("/api/v1/authors/claire-dubois");
        var article = await Admin.GetStringAsync("/api/v1/articles/byline");

        using var refused = await Admin.DeleteAsync("/api/v1/authors/claire-dubois");
        await refused.IsProblemAsync(HttpStatusCode.Conflict, code: "author-in-use");
        Assert.Multiple(async () =>
        {
            Assert.That(Factory.CountAll(), Is.EqualTo(rows));
            Assert.That(await Admin.GetStringAsync("/api/v1/authors/claire-dubois"), Is.EqualTo(author));
            Assert.That(await Admin.GetStringAsync("/api/v1/articles/byline"), Is.EqualTo(article));
        });

        using var replaced = await Admin.PutAsync("/api/v1/articles/byline", Json.Body(new { title = "Byline", body = "B", language = "fr" }));
        Assert.That(replaced.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var deleted = await Admin.DeleteAsync("/api/v1/authors/claire-dubois");
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent), "once off the article, the author can go");
    }

    [Test]
    public async Task Deleting_a_tag_takes_it_off_its_articles_without_leaving_a_link()
    {
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Climat" });
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Sciences" });
        await Admin.PostJsonAsync("/api/v1/articles", new { title = "Glaciers", body = "B", language = "fr", tags = new[] { "climat", "sciences" } });

        using var deleted = await Admin.DeleteAsync("/api/v1/tags/climat");
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var article = await Admin.GetJsonAsync("/api/v1/articles/glaciers");
        Assert.Multiple(() =>
        {
            Assert.That(article["tags"]!.AsArray().Select(t => t!["slug"]!.GetValue<string>()), Is.EqualTo(new[] { "sciences" }));
            Assert.That(article["primaryTag"]!["slug"]!.GetValue<string>(), Is.EqualTo("sciences"));
            Assert.That(Factory.Count("article_tags"), Is.EqualTo(1));
        });
    }
}
