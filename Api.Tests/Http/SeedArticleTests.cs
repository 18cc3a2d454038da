using System.Net;
using System.Text.Json.Nodes;

namespace Cms.Api.Tests.Http;

/// <summary>The French article the CMS was born from goes in through the API and comes back intact.</summary>
public sealed class SeedArticleTests
{
    [Test]
    public async Task Seed_article_round_trips_every_character_with_teasers_resolved_and_hashtags_intact()
    {
        using var factory = new CmsFactory();
        var seed = await SeedStory.StoreAsync(factory.Admin());
        Assert.Multiple(() =>
        {
            Assert.That(seed.TeaserTitles, Has.Count.EqualTo(2));
            Assert.That(seed.TeaserSlugs[1], Is.EqualTo("cyclomoteur-mopedix-et-velorex-aktualne-cz"));
            Assert.That(seed.Slug, Is.EqualTo("retournement-de-situation-pour-sam-altman-openai-en-discussion-pour-son-retour"));
        });
        var article = await factory.Anonymous().GetJsonAsync($"/api/v1/articles/{seed.Slug}?formats=html,plaintext,markdown,blocks");

        Assert.Multiple(() =>
        {
            Assert.That(article["title"]!.GetValue<string>(), Is.EqualTo(seed.Title));
            Assert.That(article["status"]!.GetValue<string>(), Is.EqualTo("published"));
            Assert.That(article["publishedAt"]!.GetValue<string>(), Is.EqualTo("2023-11-18T09:30:00.000Z"));
            Assert.That(article["share"]!["hashtags"]!.AsArray().Select(h => h!.GetValue<string>()),
                Is.EqualTo(new[] { "Pourquoi", "Sam", "Altman", "été", "licencié", "par", "OpenAI", "qui", "cherche", "déjà", "faire", "revenir" }));
            var plaintext = article["body"]!["plaintext"]!.GetValue<string>();
            foreach (var paragraph in seed.Paragraphs) Assert.That(plaintext, Does.Contain(paragraph));
            Assert.That(plaintext, Does.Contain("Lire aussi : " + seed.TeaserTitles[1]));
            var html = article["body"]!["html"]!.GetValue<string>();
            Assert.That(html, Does.Contain("“Sam et moi sommes choqués et triste de ce qu’a fait le conseil… Nous aussi"));
            Assert.That(html, Does.Contain($"href=\"https://news.example/"));
            Assert.That(article["readAlso"]!.AsArray().Select(t => t!["title"]!.GetValue<string>()), Is.EqualTo(seed.TeaserTitles));
            Assert.That(article["readAlso"]![1]!["title"]!.GetValue<string>(), Does.Contain("Aktuálně"));
            var blocks = article["body"]!["blocks"]!.AsArray();
            Assert.That(blocks.Count(b => b!["type"]!.GetValue<string>() == "readAlso"), Is.EqualTo(2));
            Assert.That(article["body"]!["markdown"]!.GetValue<string>(), Is.EqualTo(seed.Markdown));
        });
    }

    [Test]
    public async Task A_teaser_whose_target_is_unpublished_is_left_out_of_public_output()
    {
        using var factory = new CmsFactory();
        var admin = factory.Admin();
        var target = await admin.PostJsonAsync("/api/v1/articles", new { title = "Cible", body = "Texte.", language = "fr" });
        var article = await admin.PostJsonAsync("/api/v1/articles", new
        {
            title = "Avec teaser",
            body = "Avant.\n\n[[read-also: cible]]\n\nAprès.",
            language = "fr",
        });
        await admin.PostJsonAsync($"/api/v1/articles/{article["id"]}/publish", new { });

        var read = await factory.Anonymous().GetJsonAsync("/api/v1/articles/avec-teaser?formats=html,plaintext,markdown,blocks");

        Assert.Multiple(() =>
        {
            Assert.That(read["readAlso"]!.AsArray(), Is.Empty);
            Assert.That(read["body"]!["html"]!.GetValue<string>(), Does.Not.Contain("read-also"));
            Assert.That(read["body"]!["plaintext"]!.GetValue<string>(), Is.EqualTo("Avant.\n\nAprès."));
            Assert.That(read["body"]!["markdown"]!.GetValue<string>(), Does.Not.Contain("cible"));
            Assert.That(read["body"]!["blocks"]!.AsArray().Select(b => b!["type"]!.GetValue<string>()), Is.EqualTo(new[] { "paragraph", "paragraph" }));
        });
        _ = target;
    }

    [Test]
    public async Task The_same_teaser_twice_in_a_body_is_shown_at_both_places()
    {
        using var factory = new CmsFactory();
        var admin = factory.Admin();
        var target = await admin.PostJsonAsync("/api/v1/articles", new { title = "Cible deux fois", body = "Texte.", language = "fr" });
        await admin.PostJsonAsync($"/api/v1/articles/{target["id"]}/publish", new { });
        using var created = await admin.PostAsync("/api/v1/articles", Json.Body(new
        {
            title = "Deux teasers",
            body = $"[[read-also: cible-deux-fois]]\n\nEntre les deux.\n\n[[read-also: {target["id"]}]]",
            language = "fr",
        }));
        await admin.PostJsonAsync("/api/v1/articles/deux-teasers/publish", new { });

        var read = await factory.Anonymous().GetJsonAsync("/api/v1/articles/deux-teasers?formats=html,plaintext,markdown,blocks");

        Assert.Multiple(() =>
        {
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(read["readAlso"]!.AsArray(), Has.Count.EqualTo(2));
            Assert.That(read["body"]!["html"]!.GetValue<string>().Split("Cible deux fois"), Has.Length.EqualTo(3));
            Assert.That(read["body"]!["blocks"]!.AsArray().Count(b => b!["type"]!.GetValue<string>() == "readAlso"), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task A_teaser_pointing_at_no_article_is_refused_and_writes_nothing()
    {
        using var factory = new CmsFactory();
        var before = factory.CountAll();
        using var response = await factory.Admin().PostAsync("/api/v1/articles",
            Json.Body(new { title = "T", body = "[[read-also: nowhere]]", language = "fr" }));
        var problem = await response.ReadAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem["errors"]!["body"], Is.Not.Null);
            Assert.That(factory.CountAll(), Is.EqualTo(before));
        });
    }
}
