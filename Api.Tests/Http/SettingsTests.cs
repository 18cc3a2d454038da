using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Cms.Api.Settings;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Api.Tests.Http;

/// <summary>The site's settings: configured defaults on a fresh database, admin writes, validation, and every instance following a change.</summary>
public sealed class SettingsTests : FreshCms
{
    private const string Settings = "/api/v1/settings";

    internal static object Valid(string template = "https://lesoir.example/{yyyy}/{MM}/{dd}/{slug}") => new
    {
        siteName = "Le Soir numérique",
        articleUrlTemplate = template,
        defaultLanguage = "fr-be",
        baseUrl = "https://lesoir.example",
        defaultShareImage = "https://lesoir.example/share.png",
        publisherName = "Rossel & Cie",
        publisherLogo = "https://lesoir.example/logo.png",
        xHandle = "lesoir",
        facebookAppId = "1234567890",
        shareNetworks = new[] { "x", "facebook", "whatsapp" },
        utmTagging = true,
        feedContent = "full",
    };

    [Test]
    public async Task A_fresh_database_answers_the_configured_defaults_to_anyone()
    {
        var settings = await Anonymous.GetJsonAsync(Settings);
        Assert.Multiple(() =>
        {
            Assert.That(settings["articleUrlTemplate"]!.GetValue<string>(), Is.EqualTo("https://news.example/{yyyy}/{MM}/{slug}"));
            Assert.That(settings["authorUrlTemplate"]!.GetValue<string>(), Is.EqualTo("/authors/{slug}"));
            Assert.That(settings["shareNetworks"]!.AsArray().Select(n => n!.GetValue<string>()), Is.EqualTo(new[] { "facebook", "x", "linkedin", "pinterest" }));
            Assert.That(settings["utmTagging"]!.GetValue<bool>(), Is.False);
            Assert.That(settings["feedContent"]!.GetValue<string>(), Is.EqualTo("excerpt"));
            Assert.That(settings["updatedAt"], Is.Null);
        });
    }

    [Test]
    public async Task An_admin_replaces_the_settings_and_article_urls_follow_the_new_template_at_once()
    {
        var id = (await Admin.PostJsonAsync("/api/v1/articles", new { title = "Élections", body = "Texte.", language = "fr" }))["id"];
        await Admin.PostJsonAsync($"/api/v1/articles/{id}/publish", new { publishedAt = "2024-06-09T20:00:00Z" });

        using var put = await Admin.PutAsync(Settings, Json.Body(Valid()));
        var saved = await put.ReadAsync();
        var read = await Anonymous.GetJsonAsync(Settings);
        var article = await Anonymous.GetJsonAsync("/api/v1/articles/elections");

        Assert.Multiple(() =>
        {
            Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.OK), saved.ToJsonString());
            Assert.That(put.Headers.ETag?.Tag, Does.StartWith("\"v1-"));
            Assert.That(read.ToJsonString(), Is.EqualTo(saved.ToJsonString()));
            Assert.That(read["xHandle"]!.GetValue<string>(), Is.EqualTo("@lesoir"));
            Assert.That(read["defaultLanguage"]!.GetValue<string>(), Is.EqualTo("fr-BE"));
            Assert.That(read["publisherName"]!.GetValue<string>(), Is.EqualTo("Rossel & Cie"));
            Assert.That(read["shareNetworks"]!.AsArray().Select(n => n!.GetValue<string>()), Is.EqualTo(new[] { "x", "facebook", "whatsapp" }));
            Assert.That(read["updatedAt"], Is.Not.Null);
            Assert.That(article["url"]!.GetValue<string>(), Is.EqualTo("https://lesoir.example/2024/06/09/elections"));
        });
    }

    [Test]
    public async Task A_stale_If_Match_is_refused_and_the_current_one_is_accepted()
    {
        using var first = await Admin.PutAsync(Settings, Json.Body(Valid()));
        var etag = first.Headers.ETag!;
        using var second = await Admin.PutAsync(Settings, Json.Body(Valid("/{slug}")));

        using var stale = new HttpRequestMessage(HttpMethod.Put, Settings) { Content = Json.Body(Valid("/stale/{slug}")) };
        stale.Headers.IfMatch.Add(etag);
        using var refused = await Admin.SendAsync(stale);
        await refused.IsProblemAsync(HttpStatusCode.PreconditionFailed);

        using var current = new HttpRequestMessage(HttpMethod.Put, Settings) { Content = Json.Body(Valid("/current/{slug}")) };
        current.Headers.IfMatch.Add(second.Headers.ETag!);
        using var accepted = await Admin.SendAsync(current);
        Assert.Multiple(async () =>
        {
            Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((await Anonymous.GetJsonAsync(Settings))["articleUrlTemplate"]!.GetValue<string>(), Is.EqualTo("/current/{slug}"));
        });
    }

    [Test]
    public async Task A_second_instance_on_the_same_database_follows_a_change_on_its_next_version_check()
    {
        using var second = new CmsFactory(sharedDatabase: Factory.DatabasePath);
        using var secondClient = second.Anonymous();
        var id = (await Admin.PostJsonAsync("/api/v1/articles", new { title = "Story", body = "Text.", language = "en" }))["id"];
        await Admin.PostJsonAsync($"/api/v1/articles/{id}/publish", new { publishedAt = "2024-01-02T10:00:00Z" });
        var before = (await secondClient.GetJsonAsync("/api/v1/articles/story"))["url"]!.GetValue<string>();

        using var put = await Admin.PutAsync(Settings, Json.Body(Valid("https://other.example/{slug}")));
        await second.Services.GetRequiredService<SettingsRefresh>().CheckAsync(CancellationToken.None);
        var after = (await secondClient.GetJsonAsync("/api/v1/articles/story"))["url"]!.GetValue<string>();

        Assert.Multiple(() =>
        {
            Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(before, Is.EqualTo("https://news.example/2024/01/story"));
            Assert.That(after, Is.EqualTo("https://other.example/story"));
            Assert.That(second.Services.GetServices<IHostedService>().OfType<SettingsRefresh>(), Is.Not.Empty);
        });
    }
}

/// <summary>Refused settings writes, against one app: each names the field and changes nothing.</summary>
public sealed class SettingsValidationTests : SharedCms
{
    private const string Settings = "/api/v1/settings";

    [Test]
    public async Task Writing_the_settings_needs_a_key()
    {
        using var put = await Anonymous.PutAsync(Settings, Json.Body(SettingsTests.Valid()));
        await put.IsProblemAsync(HttpStatusCode.Unauthorized);
        Assert.That((await Anonymous.GetJsonAsync(Settings))["updatedAt"], Is.Null);
    }

    [TestCase("siteName", " ")]
    [TestCase("articleUrlTemplate", "https://news.example/{yyyy}/{MM}")]
    [TestCase("articleUrlTemplate", "https://news.example/{title}/{slug}")]
    [TestCase("articleUrlTemplate", "articles/{slug}")]
    [TestCase("articleUrlTemplate", "javascript:alert(1)/{slug}")]
    [TestCase("articleUrlTemplate", "/a b/{slug}")]
    [TestCase("authorUrlTemplate", "/authors/{yyyy}")]
    [TestCase("defaultLanguage", "french")]
    [TestCase("baseUrl", "ftp://news.example")]
    [TestCase("baseUrl", "https://news.example/?x=1")]
    [TestCase("defaultShareImage", "/share.png")]
    [TestCase("publisherLogo", "logo.png")]
    [TestCase("xHandle", "@far_too_long_for_x")]
    [TestCase("facebookAppId", "app-12")]
    [TestCase("mastodonInstance", "not a host")]
    [TestCase("feedContent", "summary")]
    public async Task A_bad_setting_is_refused_naming_it_and_nothing_changes(string field, string value)
    {
        var body = JsonSerializer.SerializeToNode(SettingsTests.Valid(), Json.Options)!.AsObject();
        body[field] = value;
        using var put = await Admin.PutAsync(Settings, Json.Body(body.ToJsonString()));
        await put.IsProblemAsync(HttpStatusCode.BadRequest, field);
        Assert.That((await Anonymous.GetJsonAsync(Settings))["updatedAt"], Is.Null);
    }

    [Test]
    public async Task Share_networks_must_be_known_and_named_once()
    {
        using var unknown = await Admin.PutAsync(Settings, Json.Body(new { siteName = "S", articleUrlTemplate = "/{slug}", defaultLanguage = "fr", shareNetworks = new[] { "x", "myspace" } }));
        using var twice = await Admin.PutAsync(Settings, Json.Body(new { siteName = "S", articleUrlTemplate = "/{slug}", defaultLanguage = "fr", shareNetworks = new[] { "x", "x" } }));
        var problem = await unknown.IsProblemAsync(HttpStatusCode.BadRequest, "shareNetworks[1]");
        await twice.IsProblemAsync(HttpStatusCode.BadRequest, "shareNetworks");
        Assert.That(problem.MessagesFor("shareNetworks[1]").Single(), Does.Contain("bluesky"));
    }

    [Test]
    public async Task Settings_answer_an_ETag_and_a_304_for_it()
    {
        using var first = await Anonymous.GetAsync(Settings);
        using var again = new HttpRequestMessage(HttpMethod.Get, Settings);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag ?? new EntityTagHeaderValue("\"none\""));
        using var notModified = await Anonymous.SendAsync(again);
        Assert.That(notModified.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
    }
}
