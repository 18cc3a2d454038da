using System.Net;
using System.Text.Json.Nodes;

namespace Cms.Api.Tests.Http;

/// <summary>Drafts, internal tags and author emails are for the newsroom: the public never sees them, in any answer.</summary>
public sealed class VisibilityTests
{
    [Test]
    public async Task Draft_is_404_by_id_and_by_slug_and_absent_from_the_list_without_a_key_but_visible_with_it()
    {
        using var factory = new CmsFactory();
        using var admin = factory.Admin();
        using var anonymous = factory.Anonymous();
        var draft = await admin.PostJsonAsync("/api/v1/articles", new { title = "Secret draft", body = "Not yet.", language = "fr" });

        foreach (var key in new[] { draft["id"]!.GetValue<string>(), "secret-draft", draft["id"]!.GetValue<string>().ToUpperInvariant() })
        {
            using var hidden = await anonymous.GetAsync($"/api/v1/articles/{key}");
            await hidden.IsProblemAsync(HttpStatusCode.NotFound, code: "article-not-found");
        }
        Assert.Multiple(async () =>
        {
            Assert.That(await IdsAsync(anonymous, "/api/v1/articles"), Is.Empty);
            Assert.That(await IdsAsync(anonymous, "/api/v1/articles?page=1"), Is.Empty);
            Assert.That((await anonymous.GetJsonAsync("/api/v1/articles?page=1"))["page"]!["total"]!.GetValue<int>(), Is.Zero);
            Assert.That(await IdsAsync(admin, "/api/v1/articles"), Is.EqualTo(new[] { draft["id"]!.GetValue<string>() }));
            Assert.That((await admin.GetJsonAsync("/api/v1/articles/secret-draft"))["status"]!.GetValue<string>(), Is.EqualTo("draft"));
        });
    }

    [Test]
    public async Task Publish_shows_an_article_and_unpublish_hides_it_again_keeping_its_first_publication_date()
    {
        using var factory = new CmsFactory();
        using var admin = factory.Admin();
        using var anonymous = factory.Anonymous();
        var id = (await admin.PostJsonAsync("/api/v1/articles", new { title = "Story", body = "Text.", language = "en" }))["id"]!.GetValue<string>();

        var published = await admin.PostJsonAsync($"/api/v1/articles/{id}/publish", new { });
        var seen = await anonymous.GetJsonAsync("/api/v1/articles/story");
        Assert.Multiple(async () =>
        {
            Assert.That(published["status"]!.GetValue<string>(), Is.EqualTo("published"));
            Assert.That(seen["id"]!.GetValue<string>(), Is.EqualTo(id));
            Assert.That(await IdsAsync(anonymous, "/api/v1/articles"), Is.EqualTo(new[] { id }));
        });

        var unpublished = await admin.PostJsonAsync($"/api/v1/articles/{id}/unpublish", new { });
        using var hidden = await anonymous.GetAsync($"/api/v1/articles/{id}");
        await hidden.IsProblemAsync(HttpStatusCode.NotFound);
        Assert.Multiple(async () =>
        {
            Assert.That(unpublished["status"]!.GetValue<string>(), Is.EqualTo("draft"));
            Assert.That(unpublished["publishedAt"], Is.Null);
            Assert.That(unpublished["firstPublishedAt"]!.GetValue<string>(), Is.EqualTo(published["firstPublishedAt"]!.GetValue<string>()));
            Assert.That(await IdsAsync(anonymous, "/api/v1/articles"), Is.Empty);
        });

        var republished = await admin.PostJsonAsync($"/api/v1/articles/{id}/publish", new { });
        Assert.That(republished["firstPublishedAt"]!.GetValue<string>(), Is.EqualTo(published["firstPublishedAt"]!.GetValue<string>()));
    }

    [Test]
    public async Task Internal_tag_is_hidden_from_anonymous_tag_lists_tag_reads_and_article_tags()
    {
        using var factory = new CmsFactory();
        using var admin = factory.Admin();
        using var anonymous = factory.Anonymous();
        await admin.PostJsonAsync("/api/v1/tags", new { name = "À relire", visibility = "internal" });
        var internalId = (await admin.GetJsonAsync("/api/v1/tags/a-relire"))["id"]!.GetValue<string>();
        await admin.PostJsonAsync("/api/v1/tags", new { name = "Climat" });
        var article = await admin.PostJsonAsync("/api/v1/articles",
            new { title = "Glaciers", body = "Text.", language = "fr", tags = new[] { "a-relire", "climat" } });
        await admin.PostJsonAsync($"/api/v1/articles/{article["id"]}/publish", new { });

        foreach (var key in new[] { "a-relire", internalId })
        {
            using var hidden = await anonymous.GetAsync($"/api/v1/tags/{key}");
            await hidden.IsProblemAsync(HttpStatusCode.NotFound, code: "tag-not-found");
        }
        var publicRead = await anonymous.GetJsonAsync("/api/v1/articles/glaciers");
        var publicList = await anonymous.GetJsonAsync("/api/v1/articles");
        var newsroomRead = await admin.GetJsonAsync("/api/v1/articles/glaciers");
        Assert.Multiple(async () =>
        {
            Assert.That(await SlugsAsync(anonymous, "/api/v1/tags"), Is.EqualTo(new[] { "climat" }));
            Assert.That((await anonymous.GetJsonAsync("/api/v1/tags?page=1"))["page"]!["total"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(await SlugsAsync(admin, "/api/v1/tags"), Is.EquivalentTo(new[] { "a-relire", "climat" }));
            Assert.That(Slugs(publicRead["tags"]!), Is.EqualTo(new[] { "climat" }));
            Assert.That(publicRead["primaryTag"]!["slug"]!.GetValue<string>(), Is.EqualTo("climat"));
            Assert.That(Slugs(publicList["items"]![0]!["tags"]!), Is.EqualTo(new[] { "climat" }));
            Assert.That(publicRead.ToJsonString(), Does.Not.Contain("a-relire").And.Not.Contain(internalId).And.Not.Contain("À relire"));
            Assert.That(Slugs(newsroomRead["tags"]!), Is.EqualTo(new[] { "a-relire", "climat" }));
            Assert.That(newsroomRead["primaryTag"]!["slug"]!.GetValue<string>(), Is.EqualTo("a-relire"));
        });
    }

    [Test]
    public async Task Author_email_is_absent_from_anonymous_answers_and_present_for_the_key()
    {
        using var factory = new CmsFactory();
        using var admin = factory.Admin();
        using var anonymous = factory.Anonymous();
        var created = await admin.PostJsonAsync("/api/v1/authors", new { name = "Claire Dubois", email = "claire@newsroom.example" });
        var article = await admin.PostJsonAsync("/api/v1/articles", new { title = "Byline", body = "Text.", language = "fr", authors = new[] { "claire-dubois" } });
        await admin.PostJsonAsync($"/api/v1/articles/{article["id"]}/publish", new { });

        var publicItem = (await anonymous.GetJsonAsync("/api/v1/authors/claire-dubois")).AsObject();
        var publicListed = (await anonymous.GetJsonAsync("/api/v1/authors"))["items"]![0]!.AsObject();
        var publicArticle = await anonymous.GetJsonAsync("/api/v1/articles/byline");
        var newsroomItem = await admin.GetJsonAsync("/api/v1/authors/claire-dubois");
        var newsroomListed = (await admin.GetJsonAsync("/api/v1/authors"))["items"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(created["email"]!.GetValue<string>(), Is.EqualTo("claire@newsroom.example"));
            Assert.That(publicItem.ContainsKey("email"), Is.False, publicItem.ToJsonString());
            Assert.That(publicListed.ContainsKey("email"), Is.False, publicListed.ToJsonString());
            Assert.That(publicItem["name"]!.GetValue<string>(), Is.EqualTo("Claire Dubois"));
            foreach (var answer in new[] { publicItem, publicListed, publicArticle })
                Assert.That(answer.ToJsonString(), Does.Not.Contain("claire@newsroom.example"));
            Assert.That(newsroomItem["email"]!.GetValue<string>(), Is.EqualTo("claire@newsroom.example"));
            Assert.That(newsroomListed["email"]!.GetValue<string>(), Is.EqualTo("claire@newsroom.example"));
        });
    }

    [Test]
    public async Task Read_also_teaser_to_a_draft_is_left_out_for_the_public()
    {
        using var factory = new CmsFactory();
        using var admin = factory.Admin();
        await admin.PostJsonAsync("/api/v1/articles", new { title = "Hidden target", body = "Draft.", language = "en" });
        var article = await admin.PostJsonAsync("/api/v1/articles",
            new { title = "Visible", body = "Before.\n\n[[read-also: hidden-target]]\n\nAfter.", language = "en" });
        await admin.PostJsonAsync($"/api/v1/articles/{article["id"]}/publish", new { });

        var read = await factory.Anonymous().GetJsonAsync("/api/v1/articles/visible?formats=html,plaintext,markdown,blocks");
        Assert.That(read.ToJsonString(), Does.Not.Contain("Hidden target").And.Not.Contain("hidden-target"));
    }

    private static async Task<string[]> IdsAsync(HttpClient client, string url) =>
        (await client.GetJsonAsync(url))["items"]!.AsArray().Select(item => item!["id"]!.GetValue<string>()).ToArray();

    private static async Task<string[]> SlugsAsync(HttpClient client, string url) => Slugs((await client.GetJsonAsync(url))["items"]!);

    private static string[] Slugs(JsonNode array) => array.AsArray().Select(item => item!["slug"]!.GetValue<string>()).ToArray();
}
