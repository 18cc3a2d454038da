using System.Net;

namespace Cms.Api.Tests.Http;

/// <summary>Articles linked as translations: one group, one article per language, listed from every member and used for hreflang.</summary>
public sealed class TranslationTests : FreshCms
{
    private const string French = "/api/v1/articles/elections-europeennes/translations";

    private async Task GroupAsync()
    {
        await Admin.PublishedAsync("Élections européennes", "2024-06-09T20:00:00Z", "fr");
        await Admin.PublishedAsync("European elections", "2024-06-09T20:05:00Z", "en");
        await Admin.DraftAsync("Europawahl", "de");
        using var put = await Admin.PutAsync("/api/v1/articles/elections-europeennes/translations",
            Json.Body(new { articles = new[] { "european-elections", "europawahl" } }));
        Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.OK), await put.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Every_member_lists_the_others_and_the_public_sees_only_published_ones()
    {
        await GroupAsync();
        var fromFrench = await Anonymous.GetJsonAsync("/api/v1/articles/elections-europeennes/translations");
        var fromFrenchKeyed = await Admin.GetJsonAsync("/api/v1/articles/elections-europeennes/translations");
        var fromEnglish = await Anonymous.GetJsonAsync("/api/v1/articles/european-elections/translations");
        using var fromDraft = await Anonymous.GetAsync("/api/v1/articles/europawahl/translations");
        await fromDraft.IsProblemAsync(HttpStatusCode.NotFound);
        Assert.Multiple(() =>
        {
            Assert.That(fromFrench.Slugs(), Is.EqualTo(new[] { "european-elections" }));
            Assert.That(fromFrench["items"]![0]!["language"]!.GetValue<string>(), Is.EqualTo("en"));
            Assert.That(fromFrenchKeyed.Slugs(), Is.EquivalentTo(new[] { "european-elections", "europawahl" }));
            Assert.That(fromEnglish.Slugs(), Is.EqualTo(new[] { "elections-europeennes" }));
        });
    }

    [Test]
    public async Task The_share_payload_has_hreflang_alternates_for_published_translations_only()
    {
        await GroupAsync();
        var share = await Anonymous.GetJsonAsync("/api/v1/articles/elections-europeennes/share");
        var alternates = share["alternates"]!.AsArray().Select(a => (a!["language"]!.GetValue<string>(), a["url"]!.GetValue<string>())).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(alternates, Is.EqualTo(new[]
            {
                ("fr", "https://news.example/2024/06/elections-europeennes"), ("en", "https://news.example/2024/06/european-elections"),
            }));
            Assert.That(share["html"]!.GetValue<string>(),
                Does.Contain("<link rel=\"alternate\" hreflang=\"en\" href=\"https://news.example/2024/06/european-elections\">"));
            Assert.That(share["html"]!.GetValue<string>(), Does.Not.Contain("hreflang=\"de\""));
        });
    }

    [Test]
    public async Task Bad_translation_lists_are_refused_and_change_nothing()
    {
        await GroupAsync();
        await Admin.PublishedAsync("Autre élection", "2024-06-10T08:00:00Z", "fr");
        await Admin.PublishedAsync("Other election", "2024-06-10T08:00:00Z", "en");
        await Admin.PublishedAsync("Andere Wahl", "2024-06-10T08:00:00Z", "de");
        using var other = await Admin.PutAsync("/api/v1/articles/autre-election/translations", Json.Body(new { articles = new[] { "other-election" } }));
        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var rows = Factory.Count("article_translations");

        async Task RefusedAsync(string[] keys, HttpStatusCode status, string? field = null)
        {
            using var put = await Admin.PutAsync("/api/v1/articles/elections-europeennes/translations", Json.Body(new { articles = keys }));
            await put.IsProblemAsync(status, field);
        }
        await RefusedAsync(["autre-election"], HttpStatusCode.BadRequest, "articles[0]");
        await RefusedAsync(["european-elections", "andere-wahl", "europawahl"], HttpStatusCode.BadRequest, "articles[2]");
        await RefusedAsync(["elections-europeennes"], HttpStatusCode.BadRequest, "articles[0]");
        await RefusedAsync(["nowhere"], HttpStatusCode.BadRequest, "articles[0]");
        await RefusedAsync(["other-election"], HttpStatusCode.Conflict);
        using var anonymous = await Anonymous.PutAsync("/api/v1/articles/elections-europeennes/translations", Json.Body(new { articles = Array.Empty<string>() }));
        await anonymous.IsProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Multiple(async () =>
        {
            Assert.That(Factory.Count("article_translations"), Is.EqualTo(rows));
            Assert.That((await Admin.GetJsonAsync("/api/v1/articles/elections-europeennes/translations")).Slugs(),
                Is.EquivalentTo(new[] { "european-elections", "europawahl" }));
        });
    }

    [Test]
    public async Task Replacing_the_group_lets_unlisted_members_go_and_an_empty_list_takes_the_article_out()
    {
        await GroupAsync();
        using var narrowed = await Admin.PutAsync("/api/v1/articles/elections-europeennes/translations", Json.Body(new { articles = new[] { "europawahl" } }));
        var english = await Admin.GetJsonAsync("/api/v1/articles/european-elections/translations");
        var german = await Admin.GetJsonAsync("/api/v1/articles/europawahl/translations");
        using var emptied = await Admin.PutAsync("/api/v1/articles/europawahl/translations", Json.Body(new { articles = Array.Empty<string>() }));
        var french = await Admin.GetJsonAsync("/api/v1/articles/elections-europeennes/translations");
        Assert.Multiple(() =>
        {
            Assert.That(narrowed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(english.Slugs(), Is.Empty);
            Assert.That(german.Slugs(), Is.EqualTo(new[] { "elections-europeennes" }));
            Assert.That(emptied.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(french.Slugs(), Is.Empty);
            Assert.That(Factory.Count("article_translations"), Is.Zero);
        });
    }

    [Test]
    public async Task Translations_sent_with_a_stale_ETag_are_a_412_that_changes_nothing_and_the_current_one_is_taken()
    {
        await GroupAsync();
        var read = await Admin.ETagAsync(French);
        var ofTheArticle = await Admin.ETagAsync("/api/v1/articles/elections-europeennes");
        var ofAnotherMember = await Admin.ETagAsync("/api/v1/articles/european-elections/translations");
        using var regrouped = await Admin.PutAsync("/api/v1/articles/european-elections/translations",
            Json.Body(new { articles = new[] { "elections-europeennes" } }));

        using var stale = await PutFrenchAsync(read, "european-elections", "europawahl");
        using var forTheArticle = await PutFrenchAsync(ofTheArticle, "europawahl");
        using var forAnotherMember = await PutFrenchAsync(ofAnotherMember, "europawahl");
        var afterRefusals = await Admin.GetJsonAsync(French);
        using var current = await PutFrenchAsync(await Anonymous.ETagAsync(French), "europawahl");

        Assert.Multiple(async () =>
        {
            Assert.That(regrouped.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            await stale.IsStaleAsync();
            await forTheArticle.IsStaleAsync();
            await forAnotherMember.IsStaleAsync();
            Assert.That(afterRefusals.Slugs(), Is.EqualTo(new[] { "european-elections" }));
            await current.AnswersTheETagOfTheNextReadAsync(Admin, French);
            Assert.That((await Admin.GetJsonAsync(French)).Slugs(), Is.EqualTo(new[] { "europawahl" }));
        });
    }

    [Test]
    public async Task If_Match_on_translations_is_read_as_on_every_other_write()
    {
        await GroupAsync();
        await GuardedWrites.ReadsIfMatchAsEveryWriteAsync(async () =>
            (await Admin.ETagAsync(French), ifMatch => PutFrenchAsync(ifMatch, "european-elections", "europawahl")), HttpStatusCode.OK);
    }

    [Test]
    public async Task An_article_cannot_take_the_language_of_another_member_of_its_group()
    {
        await GroupAsync();
        using var clash = await Admin.PatchMergeAsync("/api/v1/articles/european-elections", """{"language":"de"}""");
        await clash.IsProblemAsync(HttpStatusCode.BadRequest, "language");
        using var free = await Admin.PatchMergeAsync("/api/v1/articles/european-elections", """{"language":"en-GB"}""");
        var article = await Admin.GetJsonAsync("/api/v1/articles/european-elections");
        Assert.Multiple(() =>
        {
            Assert.That(free.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(article["language"]!.GetValue<string>(), Is.EqualTo("en-GB"));
        });
    }

    private Task<HttpResponseMessage> PutFrenchAsync(string ifMatch, params string[] translations) =>
        Admin.SendIfMatchAsync(HttpMethod.Put, French, ifMatch, Json.Body(new { articles = translations }));
}
