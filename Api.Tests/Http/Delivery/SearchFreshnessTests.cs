using System.Net;

namespace Cms.Api.Tests.Http.Delivery;

/// <summary>Search follows every write at once: edited articles, renamed tags and authors, unpublished and deleted articles.</summary>
public sealed class SearchFreshnessTests : FreshCms
{
    private const string Articles = "/api/v1/articles";

    [Test]
    public async Task Editing_an_articles_title_or_body_updates_search_at_once()
    {
        await PublishAsync(new { title = "Harbour strike", body = "Dockers walk out.", language = "en", excerpt = "Ports." });
        var before = (Title: await FoundAsync("harbour"), Body: await FoundAsync("dockers"));

        using var retitled = await Admin.PatchMergeAsync($"{Articles}/harbour-strike", """{"title":"Airport strike"}""");
        Assert.That(retitled.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var afterTitle = (Old: await FoundAsync("harbour"), New: await FoundAsync("airport"));

        using var rewritten = await Admin.PatchMergeAsync($"{Articles}/harbour-strike", """{"body":"Pilots walk out."}""");
        Assert.That(rewritten.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        Assert.Multiple(async () =>
        {
            Assert.That(before.Title, Is.EqualTo(new[] { "harbour-strike" }));
            Assert.That(before.Body, Is.EqualTo(new[] { "harbour-strike" }));
            Assert.That(afterTitle.Old, Is.Empty);
            Assert.That(afterTitle.New, Is.EqualTo(new[] { "harbour-strike" }));
            Assert.That(await FoundAsync("dockers"), Is.Empty);
            Assert.That(await FoundAsync("pilots"), Is.EqualTo(new[] { "harbour-strike" }));
        });
    }

    [Test]
    public async Task Replacing_an_article_with_put_updates_search_at_once()
    {
        await PublishAsync(new { title = "Vineyard harvest", body = "Grapes are picked.", language = "en", excerpt = "Wine." });
        using var replaced = await Admin.PutAsync($"{Articles}/vineyard-harvest",
            Json.Body(new { title = "Orchard harvest", body = "Apples are picked.", language = "en", excerpt = "Cider.", slug = "vineyard-harvest" }));
        Assert.That(replaced.StatusCode, Is.EqualTo(HttpStatusCode.OK), await replaced.Content.ReadAsStringAsync());
        Assert.Multiple(async () =>
        {
            Assert.That(await FoundAsync("vineyard"), Is.Empty);
            Assert.That(await FoundAsync("grapes"), Is.Empty);
            Assert.That(await FoundAsync("orchard apples"), Is.EqualTo(new[] { "vineyard-harvest" }));
        });
    }

    [TestCase("tags", "Zanzibar", "zanzibar", "Madagascar")]
    [TestCase("authors", "Ingrid Zanzibar", "ingrid-zanzibar", "Ingrid Madagascar")]
    public async Task Renaming_a_tag_or_an_author_updates_search_at_once(string route, string name, string slug, string renamed)
    {
        await Admin.PostJsonAsync($"/api/v1/{route}", new { name });
        await PublishAsync(route == "tags"
            ? new { title = "Island news", body = "Text.", language = "en", tags = new[] { slug } }
            : new { title = "Island news", body = "Text.", language = "en", authors = new[] { slug } });
        var before = await FoundAsync("zanzibar");

        using var patched = await Admin.PatchMergeAsync($"/api/v1/{route}/{slug}", $$"""{"name":"{{renamed}}"}""");
        Assert.That(patched.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        Assert.Multiple(async () =>
        {
            Assert.That(before, Is.EqualTo(new[] { "island-news" }));
            Assert.That(await FoundAsync("zanzibar"), Is.Empty);
            Assert.That(await FoundAsync("madagascar"), Is.EqualTo(new[] { "island-news" }));
        });
    }

    [Test]
    public async Task A_tag_made_internal_or_taken_off_an_article_is_no_longer_found_by_its_name()
    {
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Volcans" });
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Glaciers" });
        await PublishAsync(new { title = "Montagnes", body = "Texte.", language = "fr", tags = new[] { "volcans", "glaciers" } });
        var before = (Volcans: await FoundAsync("volcans"), Glaciers: await FoundAsync("glaciers"));

        using var hidden = await Admin.PatchMergeAsync("/api/v1/tags/volcans", """{"visibility":"internal"}""");
        using var untagged = await Admin.PatchMergeAsync($"{Articles}/montagnes", """{"tags":["volcans"]}""");

        Assert.Multiple(async () =>
        {
            Assert.That(hidden.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(untagged.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(before.Volcans, Is.EqualTo(new[] { "montagnes" }));
            Assert.That(before.Glaciers, Is.EqualTo(new[] { "montagnes" }));
            Assert.That(await FoundAsync("volcans"), Is.Empty);
            Assert.That(await FoundAsync("glaciers"), Is.Empty);
        });
    }

    [Test]
    public async Task Unpublishing_and_deleting_an_article_take_it_out_of_search_at_once()
    {
        await PublishAsync(new { title = "Comet sighting", body = "Astronomers watch.", language = "en" });
        await PublishAsync(new { title = "Comet tail", body = "Dust and ice.", language = "en" });
        var before = await FoundAsync("comet");

        await Admin.PostJsonAsync($"{Articles}/comet-sighting/unpublish", new { });
        var afterUnpublish = (Open: await FoundAsync("comet"), Keyed: await FoundAsync("comet", Admin));

        using var deleted = await Admin.DeleteAsync($"{Articles}/comet-tail");
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        Assert.Multiple(async () =>
        {
            Assert.That(before, Is.EquivalentTo(new[] { "comet-sighting", "comet-tail" }));
            Assert.That(afterUnpublish.Open, Is.EqualTo(new[] { "comet-tail" }));
            Assert.That(afterUnpublish.Keyed, Is.EquivalentTo(new[] { "comet-sighting", "comet-tail" }));
            Assert.That(await FoundAsync("comet"), Is.Empty);
            Assert.That(await FoundAsync("comet", Admin), Is.EqualTo(new[] { "comet-sighting" }));
            Assert.That(await FoundAsync("dust", Admin), Is.Empty);
            Assert.That((await Admin.GetJsonAsync($"{Articles}?q=comet&page=1"))["page"]!["total"]!.GetValue<int>(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Deleting_a_tag_takes_its_name_out_of_search_at_once()
    {
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Orages" });
        await PublishAsync(new { title = "Weather alert", body = "Text.", language = "en", tags = new[] { "orages" } });
        var before = await FoundAsync("orages");

        using var deleted = await Admin.DeleteAsync("/api/v1/tags/orages");

        Assert.Multiple(async () =>
        {
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(before, Is.EqualTo(new[] { "weather-alert" }));
            Assert.That(await FoundAsync("orages"), Is.Empty);
            Assert.That(await FoundAsync("weather"), Is.EqualTo(new[] { "weather-alert" }));
        });
    }

    [Test]
    public async Task A_refused_delete_of_an_author_still_on_an_article_leaves_search_as_it_was()
    {
        await Admin.PostJsonAsync("/api/v1/authors", new { name = "Nadia Orages" });
        await PublishAsync(new { title = "Weather alert", body = "Text.", language = "en", authors = new[] { "nadia-orages" } });

        using var refused = await Admin.DeleteAsync("/api/v1/authors/nadia-orages");

        Assert.Multiple(async () =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(await FoundAsync("orages"), Is.EqualTo(new[] { "weather-alert" }));
        });
    }

    [Test]
    public async Task A_prefix_finds_a_word_first_published_after_the_same_prefix_was_searched()
    {
        await PublishAsync(new { title = "Licenciements chez Audi", body = "Text.", language = "fr" });
        var before = await FoundAsync("licenci");

        await PublishAsync(new { title = "Une infirmière licenciée", body = "Text.", language = "fr" });

        Assert.Multiple(async () =>
        {
            Assert.That(before, Is.EqualTo(new[] { "licenciements-chez-audi" }));
            Assert.That(await FoundAsync("licenci"), Is.EquivalentTo(new[] { "licenciements-chez-audi", "une-infirmiere-licenciee" }));
        });
    }

    [Test]
    public async Task A_prefix_typed_with_or_without_accents_or_capitals_finds_the_words_it_begins()
    {
        await PublishAsync(new { title = "Élections communales à Liège", body = "Text.", language = "fr" });
        await PublishAsync(new { title = "Les électeurs de Namur", body = "Text.", language = "fr" });
        await PublishAsync(new { title = "Une sélection de films", body = "Text.", language = "fr" });

        Assert.Multiple(async () =>
        {
            Assert.That(await FoundAsync("électi"), Is.EqualTo(new[] { "elections-communales-a-liege" }));
            Assert.That(await FoundAsync("electe"), Is.EqualTo(new[] { "les-electeurs-de-namur" }));
            Assert.That(await FoundAsync("ÉLECT"), Is.EquivalentTo(new[] { "elections-communales-a-liege", "les-electeurs-de-namur" }));
            Assert.That(await FoundAsync("sélec"), Is.EqualTo(new[] { "une-selection-de-films" }));
        });
    }

    [Test]
    public async Task A_prefix_that_begins_more_words_than_a_search_spells_out_still_finds_every_one()
    {
        var many = string.Join(' ', Enumerable.Range('a', 25).Select(letter => $"quirka{(char)letter}"));
        await PublishAsync(new { title = "Many quirks", body = many, language = "en" });
        await PublishAsync(new { title = "Last quirk", body = "quirkaz", language = "en" });

        Assert.That(await FoundAsync("quirka"), Is.EquivalentTo(new[] { "many-quirks", "last-quirk" }));
    }

    [Test]
    public async Task An_edit_that_fails_after_its_text_was_read_leaves_search_as_it_was_and_writes_beside_it_go_through()
    {
        await PublishAsync(new { title = "Ferry timetable", body = "Boats leave hourly.", language = "en", excerpt = "Ferries." });
        Factory.Execute("""
            CREATE TRIGGER refuse_revision BEFORE INSERT ON article_revisions WHEN new.content LIKE '%Hovercraft%'
            BEGIN SELECT RAISE(ABORT, 'refused by the test'); END
            """);

        var writes = new List<Task<HttpResponseMessage>>
        {
            Admin.PatchMergeAsync($"{Articles}/ferry-timetable", """{"body":"Hovercraft leave daily."}"""),
        };
        writes.AddRange(Enumerable.Range(0, 6).Select(i =>
            Admin.PostAsync(Articles, Json.Body(new { title = $"Canal lock {i}", body = "Barges queue.", language = "en", excerpt = "Locks." }))));
        var answers = await Task.WhenAll(writes);

        Assert.Multiple(async () =>
        {
            Assert.That(answers[0].IsSuccessStatusCode, Is.False);
            Assert.That(answers.Skip(1).Select(answer => answer.StatusCode), Is.All.EqualTo(HttpStatusCode.Created));
            Assert.That(await FoundAsync("hovercraft", Admin), Is.Empty);
            Assert.That(await FoundAsync("boats", Admin), Is.EqualTo(new[] { "ferry-timetable" }));
            Assert.That(await FoundAsync("barges", Admin), Has.Count.EqualTo(6));
        });
        foreach (var answer in answers) answer.Dispose();
    }

    private async Task PublishAsync(object article)
    {
        var created = await Admin.PostJsonAsync(Articles, article);
        await Admin.PostJsonAsync($"{Articles}/{created["id"]}/publish", new { });
    }

    private async Task<List<string>> FoundAsync(string q, HttpClient? client = null) =>
        (await (client ?? Anonymous).GetJsonAsync($"{Articles}?q={Uri.EscapeDataString(q)}"))["items"]!.AsArray()
        .Select(item => item!["slug"]!.GetValue<string>()).ToList();
}
