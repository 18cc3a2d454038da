using System.Net;

namespace Cms.Api.Tests.Http;

/// <summary>Related articles: picks, then read-also targets, then articles ranked by shared tags; published only, each once, never the article itself.</summary>
public sealed class RelatedListTests : SharedCms
{
    private const string Article = "article";

    protected override async Task SeedAsync()
    {
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "IA" });
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Économie" });
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "À relire", visibility = "internal" });
        for (var i = 1; i <= 3; i++) await Admin.PublishedAsync($"Commun {i}", $"2024-0{i}-01T08:00:00Z", tags: ["economie"]);
        await Admin.PublishedAsync("Rare et commun", "2024-01-10T08:00:00Z", tags: ["ia", "economie"]);
        await Admin.PublishedAsync("Commun récent", "2024-05-01T08:00:00Z", tags: ["economie"]);
        await Admin.PublishedAsync("Interne seulement", "2024-05-02T08:00:00Z", tags: ["a-relire"]);
        await Admin.DraftAsync("Brouillon lié", tags: ["ia", "economie"]);
        await Admin.PublishedAsync("Cible lire aussi", "2023-12-01T08:00:00Z");
        await Admin.PublishedAsync("Choix un", "2023-11-01T08:00:00Z", tags: ["economie"]);
        await Admin.DraftAsync("Choix brouillon");
        await Admin.PublishedAsync("Article", "2024-05-10T08:00:00Z", tags: ["ia", "economie", "a-relire"],
            body: "Début.\n\n[[read-also: cible-lire-aussi]]\n\nFin.");
        using var picks = await Admin.PutAsync($"/api/v1/articles/{Article}/related/picks", Json.Body(new { articles = new[] { "choix-brouillon", "choix-un" } }));
        Assert.That(picks.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Picks_come_first_then_read_also_targets_then_articles_ranked_by_rare_tags_and_freshness()
    {
        var related = await Anonymous.GetJsonAsync($"/api/v1/articles/{Article}/related?limit=4");
        var items = related["items"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(related.Slugs(), Is.EqualTo(new[] { "choix-un", "cible-lire-aussi", "rare-et-commun", "commun-recent" }));
            Assert.That(items.Select(i => i!["reason"]!.GetValue<string>()), Is.EqualTo(new[] { "pick", "readAlso", "tags", "tags" }));
            Assert.That(items[0]!["url"]!.GetValue<string>(), Is.EqualTo("https://news.example/2023/11/choix-un"));
            Assert.That(related["page"]!["limit"]!.GetValue<int>(), Is.EqualTo(4));
        });
    }

    [Test]
    public async Task The_list_holds_no_draft_no_duplicate_no_internal_only_match_and_never_the_article_itself()
    {
        foreach (var client in new[] { Anonymous, Admin })
        {
            var slugs = (await client.GetJsonAsync($"/api/v1/articles/{Article}/related?limit=50")).Slugs().ToList();
            Assert.Multiple(() =>
            {
                Assert.That(slugs, Is.Unique);
                Assert.That(slugs, Does.Not.Contain("brouillon-lie").And.Not.Contain("choix-brouillon"));
                Assert.That(slugs, Does.Not.Contain("interne-seulement").And.Not.Contain(Article));
                Assert.That(slugs, Has.Count.EqualTo(7));
            });
        }
    }

    [Test]
    public async Task Picks_are_listed_for_the_newsroom_with_their_status()
    {
        var picks = await Admin.GetJsonAsync($"/api/v1/articles/{Article}/related/picks");
        using var refused = await Anonymous.GetAsync($"/api/v1/articles/{Article}/related/picks");
        await refused.IsProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Multiple(() =>
        {
            Assert.That(picks.Slugs(), Is.EqualTo(new[] { "choix-brouillon", "choix-un" }));
            Assert.That(picks["items"]!.AsArray().Select(p => p!["status"]!.GetValue<string>()), Is.EqualTo(new[] { "draft", "published" }));
        });
    }

    [TestCase("nowhere", "articles[0]")]
    [TestCase("article", "articles[0]")]
    [TestCase("commun-1,commun-1", "articles[1]")]
    [TestCase("", "articles[0]")]
    public async Task Bad_picks_are_refused_naming_the_entry_and_change_nothing(string keys, string field)
    {
        using var put = await Admin.PutAsync($"/api/v1/articles/{Article}/related/picks", Json.Body(new { articles = keys.Split(',') }));
        await put.IsProblemAsync(HttpStatusCode.BadRequest, field);
        Assert.That((await Admin.GetJsonAsync($"/api/v1/articles/{Article}/related/picks")).Slugs(), Is.EqualTo(new[] { "choix-brouillon", "choix-un" }));
    }

    [TestCase("limit=0", "limit")]
    [TestCase("limit=51", "limit")]
    [TestCase("limit=ten", "limit")]
    [TestCase("count=3", "count")]
    public async Task Bad_query_parameters_are_refused(string query, string field)
    {
        using var response = await Anonymous.GetAsync($"/api/v1/articles/{Article}/related?{query}");
        await response.IsProblemAsync(HttpStatusCode.BadRequest, field);
    }
}

/// <summary>Picks as the newsroom writes them, and the related list's visibility and parameters.</summary>
public sealed class RelatedPicksTests : FreshCms
{
    [Test]
    public async Task A_picked_draft_joins_the_list_once_published()
    {
        await Admin.DraftAsync("Choix brouillon");
        await Admin.PublishedAsync("Choix un", "2023-11-01T08:00:00Z");
        await Admin.PublishedAsync("Article", "2024-05-10T08:00:00Z");
        using var put = await Admin.PutAsync("/api/v1/articles/article/related/picks", Json.Body(new { articles = new[] { "choix-brouillon", "choix-un" } }));
        var before = await Anonymous.GetJsonAsync("/api/v1/articles/article/related");
        await Admin.PostJsonAsync("/api/v1/articles/choix-brouillon/publish", new { publishedAt = "2024-02-02T08:00:00Z" });
        var after = await Anonymous.GetJsonAsync("/api/v1/articles/article/related");
        Assert.Multiple(() =>
        {
            Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(before.Slugs(), Is.EqualTo(new[] { "choix-un" }));
            Assert.That(after.Slugs(), Is.EqualTo(new[] { "choix-brouillon", "choix-un" }));
        });
    }

    [Test]
    public async Task Writing_picks_needs_a_key_and_an_existing_article()
    {
        await Admin.PublishedAsync("Article", "2024-01-02T08:00:00Z");
        using var anonymous = await Anonymous.PutAsync("/api/v1/articles/article/related/picks", Json.Body(new { articles = Array.Empty<string>() }));
        using var missing = await Admin.PutAsync("/api/v1/articles/nowhere/related/picks", Json.Body(new { articles = Array.Empty<string>() }));
        await anonymous.IsProblemAsync(HttpStatusCode.Unauthorized);
        await missing.IsProblemAsync(HttpStatusCode.NotFound, code: "article-not-found");
    }

    [Test]
    public async Task Picks_sent_with_a_stale_ETag_are_a_412_that_changes_nothing_and_the_current_one_is_taken()
    {
        foreach (var title in new[] { "Article", "Choix un", "Choix deux", "Choix trois" }) await Admin.DraftAsync(title);
        var article = await Admin.ETagAsync("/api/v1/articles/article");
        var read = await Admin.ETagAsync(Picks);

        using var taken = await PutPicksAsync(read, "choix-un");
        using var stale = await PutPicksAsync(read, "choix-deux");
        using var ofTheArticle = await PutPicksAsync(article, "choix-deux");
        var afterRefusals = await Admin.GetJsonAsync(Picks);
        using var next = await PutPicksAsync(taken.Headers.ETag!.Tag, "choix-trois");

        Assert.Multiple(async () =>
        {
            Assert.That(taken.StatusCode, Is.EqualTo(HttpStatusCode.OK), await taken.Content.ReadAsStringAsync());
            await stale.IsStaleAsync();
            await ofTheArticle.IsStaleAsync();
            Assert.That(afterRefusals.Slugs(), Is.EqualTo(new[] { "choix-un" }));
            await next.AnswersTheETagOfTheNextReadAsync(Admin, Picks);
            Assert.That((await Admin.GetJsonAsync(Picks)).Slugs(), Is.EqualTo(new[] { "choix-trois" }));
        });
    }

    [Test]
    public async Task If_Match_on_picks_is_read_as_on_every_other_write()
    {
        await Admin.DraftAsync("Article");
        await Admin.DraftAsync("Choix un");
        await GuardedWrites.ReadsIfMatchAsEveryWriteAsync(async () =>
            (await Admin.ETagAsync(Picks), ifMatch => PutPicksAsync(ifMatch, "choix-un")), HttpStatusCode.OK);
    }

    [Test]
    public async Task A_draft_has_no_related_list_without_a_key()
    {
        var draft = (await Admin.DraftAsync("Brouillon"))["slug"]!.GetValue<string>();
        using var hidden = await Anonymous.GetAsync($"/api/v1/articles/{draft}/related");
        await hidden.IsProblemAsync(HttpStatusCode.NotFound);
        Assert.That((await Admin.GetJsonAsync($"/api/v1/articles/{draft}/related"))["items"]!.AsArray(), Is.Empty);
    }

    private const string Picks = "/api/v1/articles/article/related/picks";

    private Task<HttpResponseMessage> PutPicksAsync(string ifMatch, params string[] picks) =>
        Admin.SendIfMatchAsync(HttpMethod.Put, Picks, ifMatch, Json.Body(new { articles = picks }));
}
