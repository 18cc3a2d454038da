using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;

namespace Cms.Api.Tests.Http;

/// <summary>The share payload over HTTP: the seed article's share links, the site's settings applied, drafts hidden.</summary>
public sealed class ShareTests : FreshCms
{
    private static Dictionary<string, string> Query(string url) =>
        QueryHelpers.ParseQuery(url[url.IndexOf('?', StringComparison.Ordinal)..]).ToDictionary(pair => pair.Key, pair => pair.Value.ToString());

    [Test]
    public async Task The_seed_article_yields_facebook_x_linkedin_and_pinterest_links_carrying_its_exact_title_and_hashtags()
    {
        using var settings = await Admin.PutAsync("/api/v1/settings", Json.Body(new
        {
            siteName = "Le Quotidien", articleUrlTemplate = "https://news.example/{yyyy}/{MM}/{slug}", defaultLanguage = "fr",
            defaultShareImage = "https://news.example/share.png",
        }));
        Assert.That(settings.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var seed = await SeedStory.StoreAsync(Admin);
        var canonical = $"https://news.example/2023/11/{seed.Slug}";
        var hashtagWords = string.Join(' ', seed.Hashtags.Select(tag => "#" + tag));

        var share = await Anonymous.GetJsonAsync($"/api/v1/articles/{seed.Slug}/share");
        var links = share["links"]!.AsArray().ToDictionary(l => l!["network"]!.GetValue<string>(), l => l!["url"]!.GetValue<string>());

        Assert.Multiple(() =>
        {
            Assert.That(links.Keys, Is.EqualTo(new[] { "facebook", "x", "linkedin", "pinterest" }));
            Assert.That(share["canonicalUrl"]!.GetValue<string>(), Is.EqualTo(canonical));
            Assert.That(share["openGraph"]!["title"]!.GetValue<string>(), Is.EqualTo(seed.Title));
            Assert.That(share["hashtags"]!.AsArray().Select(h => h!.GetValue<string>()), Is.EqualTo(seed.Hashtags));

            Assert.That(links["facebook"], Does.StartWith("https://www.facebook.com/sharer/sharer.php?"));
            Assert.That(Query(links["facebook"]), Is.EqualTo(new Dictionary<string, string> { ["u"] = canonical, ["hashtag"] = "#Pourquoi" }));

            Assert.That(links["x"], Does.StartWith("https://x.com/intent/post?"));
            Assert.That(Query(links["x"]), Is.EqualTo(new Dictionary<string, string>
            {
                ["text"] = seed.Title, ["url"] = canonical, ["hashtags"] = string.Join(',', seed.Hashtags),
            }));

            Assert.That(links["linkedin"], Does.StartWith("https://www.linkedin.com/shareArticle?"));
            Assert.That(Query(links["linkedin"])["title"], Is.EqualTo(seed.Title));
            Assert.That(Query(links["linkedin"])["url"], Is.EqualTo(canonical));

            Assert.That(links["pinterest"], Does.StartWith("https://www.pinterest.com/pin/create/button/?"));
            Assert.That(Query(links["pinterest"]), Is.EqualTo(new Dictionary<string, string>
            {
                ["url"] = canonical, ["media"] = "https://news.example/share.png", ["description"] = $"{seed.Title} {hashtagWords}",
            }));
        });
    }

    [Test]
    public async Task The_payload_carries_meta_tags_escaped_html_and_json_ld_of_the_stored_article()
    {
        await Admin.PostJsonAsync("/api/v1/authors", new { name = "Claire Dubois" });
        var created = await Admin.PostJsonAsync("/api/v1/articles", new
        {
            title = "Budget : “l’heure des choix” & <des> arbitrages", body = "Texte.", language = "fr", authors = new[] { "claire-dubois" },
            featureImage = new { url = "https://img.example/budget.jpg", alt = "L’hémicycle", width = 1200, height = 630 },
        });
        await Admin.PostJsonAsync($"/api/v1/articles/{created["id"]}/publish", new { publishedAt = "2024-10-10T08:00:00Z" });

        var share = await Anonymous.GetJsonAsync($"/api/v1/articles/{created["id"]}/share");
        var ld = JsonDocument.Parse(share["jsonLd"]!.GetValue<string>()).RootElement;
        var html = share["html"]!.GetValue<string>();
        Assert.Multiple(() =>
        {
            Assert.That(share["metaTags"]!.AsArray().Any(t => t!["property"]?.GetValue<string>() == "og:image"
                && t["content"]!.GetValue<string>() == "https://img.example/budget.jpg"), Is.True);
            Assert.That(html, Does.Contain("<meta property=\"og:title\" content=\"Budget : “l’heure des choix” &amp; &lt;des&gt; arbitrages\">"));
            Assert.That(html, Does.Not.Contain("<des>"));
            Assert.That(ld.GetProperty("@type").GetString(), Is.EqualTo("NewsArticle"));
            Assert.That(ld.GetProperty("headline").GetString(), Is.EqualTo("Budget : “l’heure des choix” & <des> arbitrages"));
            Assert.That(ld.GetProperty("datePublished").GetString(), Is.EqualTo("2024-10-10T08:00:00Z"));
            Assert.That(ld.GetProperty("author")[0].GetProperty("url").GetString(), Is.EqualTo("http://localhost/authors/claire-dubois"));
            Assert.That(share["alternates"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public async Task A_draft_has_no_share_payload_without_a_key_but_has_one_with_it()
    {
        var draft = await Admin.PostJsonAsync("/api/v1/articles", new { title = "Pas encore", body = "Texte.", language = "fr" });

        using var hidden = await Anonymous.GetAsync($"/api/v1/articles/{draft["id"]}/share");
        using var bySlug = await Anonymous.GetAsync("/api/v1/articles/pas-encore/share");
        await hidden.IsProblemAsync(HttpStatusCode.NotFound, code: "article-not-found");
        await bySlug.IsProblemAsync(HttpStatusCode.NotFound, code: "article-not-found");
        var keyed = await Admin.GetJsonAsync("/api/v1/articles/pas-encore/share");
        Assert.That(keyed["openGraph"]!["title"]!.GetValue<string>(), Is.EqualTo("Pas encore"));
    }

    [Test]
    public async Task Share_links_follow_the_sites_networks_handle_and_utm_setting()
    {
        var id = (await Admin.PostJsonAsync("/api/v1/articles", new { title = "Story", body = "Text.", language = "en" }))["id"];
        await Admin.PostJsonAsync($"/api/v1/articles/{id}/publish", new { publishedAt = "2024-03-01T12:00:00Z" });
        using var put = await Admin.PutAsync("/api/v1/settings", Json.Body(SettingsTests.Valid()));

        var share = await Anonymous.GetJsonAsync("/api/v1/articles/story/share");
        var links = share["links"]!.AsArray().ToDictionary(l => l!["network"]!.GetValue<string>(), l => l!["url"]!.GetValue<string>());
        Assert.Multiple(() =>
        {
            Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(links.Keys, Is.EqualTo(new[] { "x", "facebook", "whatsapp" }));
            Assert.That(share["canonicalUrl"]!.GetValue<string>(), Is.EqualTo("https://lesoir.example/2024/03/01/story"));
            Assert.That(Query(links["x"])["via"], Is.EqualTo("lesoir"));
            Assert.That(Query(links["x"])["url"], Is.EqualTo("https://lesoir.example/2024/03/01/story?utm_source=x&utm_medium=social&utm_campaign=share"));
            Assert.That(share["x"]!["site"]!.GetValue<string>(), Is.EqualTo("@lesoir"));
            Assert.That(share["openGraph"]!["siteName"]!.GetValue<string>(), Is.EqualTo("Le Soir numérique"));
        });
    }

    [Test]
    public async Task An_unknown_article_or_query_parameter_is_refused()
    {
        using var missing = await Anonymous.GetAsync("/api/v1/articles/nowhere/share");
        using var unknown = await Anonymous.GetAsync("/api/v1/articles/nowhere/share?network=x");
        await missing.IsProblemAsync(HttpStatusCode.NotFound);
        await unknown.IsProblemAsync(HttpStatusCode.BadRequest, "network");
    }

    [Test]
    public async Task Include_share_embeds_the_same_payload_in_article_reads_and_lists()
    {
        var slug = await Admin.PublishedAsync("Marché du travail", "2024-04-04T08:00:00Z");
        var own = await Anonymous.GetJsonAsync($"/api/v1/articles/{slug}/share");
        var single = await Anonymous.GetJsonAsync($"/api/v1/articles/{slug}?include=share&fields=id,sharePayload");
        var list = await Anonymous.GetJsonAsync("/api/v1/articles?include=share");
        var plain = await Anonymous.GetJsonAsync($"/api/v1/articles/{slug}");
        Assert.Multiple(() =>
        {
            Assert.That(single["sharePayload"]!.ToJsonString(), Is.EqualTo(own.ToJsonString()));
            Assert.That(list["items"]![0]!["sharePayload"]!.ToJsonString(), Is.EqualTo(own.ToJsonString()));
            Assert.That(plain.AsObject().ContainsKey("sharePayload"), Is.False);
        });
    }
}
