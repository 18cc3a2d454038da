using System.Net;

namespace Cms.Api.Tests.Http;

/// <summary>Articles are created, read by id or slug, replaced, merge-patched, and deleted as the guide says.</summary>
public sealed class ArticleCrudTests : FreshCms
{
    [SetUp]
    public async Task AddAuthorAndTagAsync()
    {
        await Admin.PostJsonAsync("/api/v1/authors", new { name = "Claire Dubois" });
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Économie" });
    }

    [Test]
    public async Task Create_answers_201_with_Location_and_ETag_and_the_article_reads_back_by_id_and_by_slug()
    {
        using var response = await Admin.PostAsync("/api/v1/articles", Json.Body(new
        {
            title = "Le “Grand” débat…", subtitle = "Sous-titre\u00a0: oui", body = "Premier paragraphe.\n\nSecond.", language = "fr-fr",
            authors = new[] { "claire-dubois" }, tags = new[] { "economie" },
            featureImage = new { url = "https://img.example/a.jpg", alt = "Une photo", width = 1600, height = 900 },
            canonicalUrl = "https://origin.example/story", share = new { ogTitle = "OG", twitterCard = "summary", hashtags = new[] { "Débat", "2024" } },
        }));
        var created = await response.ReadAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), created.ToJsonString());
        var id = created["id"]!.GetValue<string>();

        var byId = await Admin.GetJsonAsync($"/api/v1/articles/{id}");
        var bySlug = await Admin.GetJsonAsync("/api/v1/articles/le-grand-debat");
        var byLocation = await Admin.GetJsonAsync(response.Headers.Location!.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/articles/{id}"));
            Assert.That(response.Headers.ETag, Is.Not.Null);
            Assert.That(Guid.Parse(id).Version, Is.EqualTo(7));
            Assert.That(created["slug"]!.GetValue<string>(), Is.EqualTo("le-grand-debat"));
            Assert.That(created["status"]!.GetValue<string>(), Is.EqualTo("draft"));
            Assert.That(created["title"]!.GetValue<string>(), Is.EqualTo("Le “Grand” débat…"));
            Assert.That(created["subtitle"]!.GetValue<string>(), Is.EqualTo("Sous-titre\u00a0: oui"));
            Assert.That(created["language"]!.GetValue<string>(), Is.EqualTo("fr-FR"));
            Assert.That(created["authors"]![0]!["slug"]!.GetValue<string>(), Is.EqualTo("claire-dubois"));
            Assert.That(created["primaryTag"]!["slug"]!.GetValue<string>(), Is.EqualTo("economie"));
            Assert.That(created["featureImage"]!["width"]!.GetValue<int>(), Is.EqualTo(1600));
            Assert.That(created["share"]!["hashtags"]!.AsArray().Select(h => h!.GetValue<string>()), Is.EqualTo(new[] { "Débat", "2024" }));
            Assert.That(created["createdAt"]!.GetValue<string>(), Does.EndWith("Z"));
            Assert.That(created["publishedAt"], Is.Null);
            Assert.That(byId.ToJsonString(), Is.EqualTo(created.ToJsonString()));
            Assert.That(bySlug.ToJsonString(), Is.EqualTo(created.ToJsonString()));
            Assert.That(byLocation.ToJsonString(), Is.EqualTo(created.ToJsonString()));
        });
    }

    [Test]
    public async Task Put_replaces_the_whole_content_and_leaves_out_what_it_does_not_name()
    {
        var created = await Admin.PostJsonAsync("/api/v1/articles", new
        {
            title = "First", subtitle = "Sub", body = "Body one.", language = "fr", tags = new[] { "economie" }, canonicalUrl = "https://origin.example/a",
        });
        using var response = await Admin.PutAsync($"/api/v1/articles/{created["id"]}", Json.Body(new { title = "Second", body = "Body two.", language = "en" }));
        var replaced = await response.ReadAsync();
        var read = await Admin.GetJsonAsync($"/api/v1/articles/{created["id"]}?formats=markdown");
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), replaced.ToJsonString());
            Assert.That(response.Headers.ETag, Is.Not.Null);
            Assert.That(read["title"]!.GetValue<string>(), Is.EqualTo("Second"));
            Assert.That(read["slug"]!.GetValue<string>(), Is.EqualTo("first"), "a replace without a slug keeps the slug links use");
            Assert.That(read["subtitle"], Is.Null);
            Assert.That(read["canonicalUrl"], Is.Null);
            Assert.That(read["tags"]!.AsArray(), Is.Empty);
            Assert.That(read["language"]!.GetValue<string>(), Is.EqualTo("en"));
            Assert.That(read["body"]!["markdown"]!.GetValue<string>(), Is.EqualTo("Body two."));
            Assert.That(Factory.Count("article_tags"), Is.Zero);
        });
    }

    [Test]
    public async Task Merge_patch_changes_only_the_given_fields_and_null_removes_an_optional_one()
    {
        var created = await Admin.PostJsonAsync("/api/v1/articles", new
        {
            title = "Title", subtitle = "Sub", body = "Body.", language = "fr", authors = new[] { "claire-dubois" }, tags = new[] { "economie" },
            featureImage = new { url = "https://img.example/a.jpg", alt = "Alt" }, share = new { ogTitle = "OG", hashtags = new[] { "Un" } },
        });
        var url = $"/api/v1/articles/{created["id"]}";

        using var patched = await Admin.PatchMergeAsync(url, """{"title":"New title","subtitle":null,"featureImage":{"alt":"New alt"},"share":{"ogTitle":null}}""");
        var answer = await patched.ReadAsync();
        Assert.That(patched.StatusCode, Is.EqualTo(HttpStatusCode.OK), answer.ToJsonString());
        var read = await Admin.GetJsonAsync(url);
        Assert.Multiple(() =>
        {
            Assert.That(patched.Headers.ETag, Is.Not.Null);
            Assert.That(read["title"]!.GetValue<string>(), Is.EqualTo("New title"));
            Assert.That(read["slug"]!.GetValue<string>(), Is.EqualTo("title"));
            Assert.That(read["subtitle"], Is.Null);
            Assert.That(read["featureImage"]!["alt"]!.GetValue<string>(), Is.EqualTo("New alt"));
            Assert.That(read["featureImage"]!["url"]!.GetValue<string>(), Is.EqualTo("https://img.example/a.jpg"));
            Assert.That(read["share"]!["ogTitle"], Is.Null);
            Assert.That(read["share"]!["hashtags"]!.AsArray().Select(h => h!.GetValue<string>()), Is.EqualTo(new[] { "Un" }));
            Assert.That(read["authors"]![0]!["slug"]!.GetValue<string>(), Is.EqualTo("claire-dubois"));
            Assert.That(read["tags"]![0]!["slug"]!.GetValue<string>(), Is.EqualTo("economie"));
            Assert.That(read["language"]!.GetValue<string>(), Is.EqualTo("fr"));
            Assert.That(read["excerpt"]!.GetValue<string>(), Is.EqualTo(created["excerpt"]!.GetValue<string>()));
        });

        using var removed = await Admin.PatchMergeAsync(url, """{"featureImage":null}""");
        Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Admin.GetJsonAsync(url))["featureImage"], Is.Null);
    }

    [Test]
    public async Task Merge_patch_of_the_body_makes_a_derived_excerpt_again_and_keeps_a_written_one()
    {
        var derived = await Admin.PostJsonAsync("/api/v1/articles", new { title = "Derived", body = "First body text.", language = "en" });
        var written = await Admin.PostJsonAsync("/api/v1/articles",
            new { title = "Written", body = "First body text.", excerpt = "A summary of our own.", language = "en" });

        var followed = await (await Admin.PatchMergeAsync($"/api/v1/articles/{derived["id"]}", """{"body":"Second body text."}""")).ReadAsync();
        var kept = await (await Admin.PatchMergeAsync($"/api/v1/articles/{written["id"]}", """{"body":"Second body text."}""")).ReadAsync();
        var set = await (await Admin.PatchMergeAsync($"/api/v1/articles/{derived["id"]}",
            """{"body":"Third body text.","excerpt":"Now our own."}""")).ReadAsync();
        var stays = await (await Admin.PatchMergeAsync($"/api/v1/articles/{derived["id"]}", """{"body":"Fourth body text."}""")).ReadAsync();
        Assert.Multiple(() =>
        {
            Assert.That(derived["excerpt"]!.GetValue<string>(), Is.EqualTo("First body text."));
            Assert.That(followed["excerpt"]!.GetValue<string>(), Is.EqualTo("Second body text."));
            Assert.That(kept["excerpt"]!.GetValue<string>(), Is.EqualTo("A summary of our own."));
            Assert.That(set["excerpt"]!.GetValue<string>(), Is.EqualTo("Now our own."));
            Assert.That(stays["excerpt"]!.GetValue<string>(), Is.EqualTo("Now our own."));
        });
    }

    [Test]
    public async Task Delete_answers_204_then_the_article_is_404_and_its_links_are_gone()
    {
        var created = await Admin.PostJsonAsync("/api/v1/articles",
            new { title = "Doomed", body = "B", language = "fr", authors = new[] { "claire-dubois" }, tags = new[] { "economie" } });
        using var deleted = await Admin.DeleteAsync($"/api/v1/articles/{created["id"]}");
        using var after = await Admin.GetAsync($"/api/v1/articles/{created["id"]}");
        using var again = await Admin.DeleteAsync("/api/v1/articles/doomed");
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(await deleted.Content.ReadAsStringAsync(), Is.Empty);
        await after.IsProblemAsync(HttpStatusCode.NotFound, code: "article-not-found");
        await again.IsProblemAsync(HttpStatusCode.NotFound, code: "article-not-found");
        Assert.That(Factory.CountAll().Where(table => table.Key.StartsWith("article", StringComparison.Ordinal)).Sum(table => table.Value), Is.Zero);
    }

    [Test]
    public async Task Slug_is_made_from_an_accented_title_and_numbered_when_taken()
    {
        var first = await Admin.PostJsonAsync("/api/v1/articles", new { title = "Été à Aktuálně", body = "B", language = "fr" });
        var second = await Admin.PostJsonAsync("/api/v1/articles", new { title = "Été à Aktuálně", body = "B", language = "fr" });
        var third = await Admin.PostJsonAsync("/api/v1/articles", new { title = "ÉTÉ À AKTUÁLNĚ !", body = "B", language = "fr" });
        var given = await Admin.PostJsonAsync("/api/v1/articles", new { title = "Été à Aktuálně", slug = "ete", body = "B", language = "fr" });
        Assert.Multiple(() =>
        {
            Assert.That(first["slug"]!.GetValue<string>(), Is.EqualTo("ete-a-aktualne"));
            Assert.That(second["slug"]!.GetValue<string>(), Is.EqualTo("ete-a-aktualne-2"));
            Assert.That(third["slug"]!.GetValue<string>(), Is.EqualTo("ete-a-aktualne-3"));
            Assert.That(given["slug"]!.GetValue<string>(), Is.EqualTo("ete"));
        });
    }

    [Test]
    public async Task Missing_article_is_a_404_for_every_write()
    {
        foreach (var response in new[]
        {
            await Admin.PutAsync("/api/v1/articles/nowhere", Json.Body(new { title = "T", body = "B", language = "fr" })),
            await Admin.PatchMergeAsync("/api/v1/articles/nowhere", "{}"),
            await Admin.DeleteAsync("/api/v1/articles/nowhere"),
            await Admin.PostAsync("/api/v1/articles/nowhere/publish", null),
            await Admin.PostAsync("/api/v1/articles/nowhere/unpublish", null),
        })
        {
            using (response) await response.IsProblemAsync(HttpStatusCode.NotFound, code: "article-not-found");
        }
    }
}
