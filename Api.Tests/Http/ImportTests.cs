using System.Net;

namespace Cms.Api.Tests.Http;

/// <summary>The NDJSON import upserts, answers every line, commits the good ones and dry-runs without writing.</summary>
public sealed class ImportTests : FreshCms
{
    private static readonly object[] Newsroom =
    [
        new { type = "author", slug = "claire-dubois", name = "Claire Dubois", jobTitle = "Journaliste tech" },
        new { type = "tag", externalId = "wire:tag:ai", name = "Intelligence artificielle" },
        new
        {
            type = "article", externalId = "wire:1001", title = "IA : la “ChatGPTisation” de la Belgique", body = "Texte.\n\nSuite…", language = "fr",
            authors = new[] { "claire-dubois" }, tags = new[] { "intelligence-artificielle" }, status = "published",
            publishedAt = "2023-11-17T08:00:00Z",
        },
        new
        {
            type = "article", slug = "retournement-sam-altman", title = "Retournement de situation pour Sam Altman", language = "fr",
            body = "Selon plusieurs médias…\n\n[[read-also: ia-la-chatgptisation-de-la-belgique]]\n\nFin.", authors = new[] { "claire-dubois" },
        },
    ];

    [Test]
    public async Task Importing_the_same_file_twice_creates_once_then_changes_nothing()
    {
        var (first, firstSummary) = await Admin.ImportAsync(Ndjson.Body(Newsroom));
        var rows = Factory.CountAll();
        var article = await Admin.GetJsonAsync("/api/v1/articles/retournement-sam-altman");
        var (second, secondSummary) = await Admin.ImportAsync(Ndjson.Body(Newsroom));

        Assert.Multiple(() =>
        {
            Assert.That(first.Select(line => line.Result()), Is.All.EqualTo("created"));
            Assert.That(first.Select(line => line["line"]!.GetValue<int>()), Is.EqualTo(new[] { 1, 2, 3, 4 }));
            Assert.That(firstSummary.Count("created"), Is.EqualTo(4));
            Assert.That(second.Select(line => line.Result()), Is.All.EqualTo("unchanged"));
            Assert.That(second.Select(line => line["id"]!.GetValue<string>()), Is.EqualTo(first.Select(line => line["id"]!.GetValue<string>())));
            Assert.That(secondSummary.Count("unchanged"), Is.EqualTo(4));
            Assert.That(Factory.CountAll(), Is.EqualTo(rows));
            Assert.That(rows["article_read_also"], Is.EqualTo(1));
            Assert.That(article["readAlso"]![0]!["slug"]!.GetValue<string>(), Is.EqualTo("ia-la-chatgptisation-de-la-belgique"));
        });
        var again = await Admin.GetJsonAsync("/api/v1/articles/retournement-sam-altman");
        Assert.That(again["updatedAt"]!.GetValue<string>(), Is.EqualTo(article["updatedAt"]!.GetValue<string>()));
    }

    [Test]
    public async Task A_changed_line_updates_its_record_found_by_external_id_even_under_a_new_slug()
    {
        var (first, _) = await Admin.ImportAsync(Ndjson.Body(Newsroom));
        var (second, summary) = await Admin.ImportAsync(Ndjson.Body(
            new { type = "tag", externalId = "wire:tag:ai", slug = "ia", name = "IA" },
            new
            {
                type = "article", externalId = "wire:1001", slug = "ia-en-belgique", title = "IA en Belgique", body = "Texte revu.", language = "fr",
                tags = new[] { "ia" }, status = "published",
            }));

        var article = await Admin.GetJsonAsync("/api/v1/articles/ia-en-belgique");
        Assert.Multiple(() =>
        {
            Assert.That(second.Select(line => line.Result()), Is.All.EqualTo("updated"));
            Assert.That(second[1]["id"]!.GetValue<string>(), Is.EqualTo(first[2]["id"]!.GetValue<string>()));
            Assert.That(summary.Count("updated"), Is.EqualTo(2));
            Assert.That(article["primaryTag"]!["slug"]!.GetValue<string>(), Is.EqualTo("ia"));
            Assert.That(article["status"]!.GetValue<string>(), Is.EqualTo("published"));
            Assert.That(article["publishedAt"]!.GetValue<string>(), Is.EqualTo("2023-11-17T08:00:00.000Z"));
            Assert.That(Factory.Count("articles"), Is.EqualTo(2));
        });
    }

    [Test]
    public async Task A_bad_line_fails_alone_naming_its_field_and_the_other_lines_are_committed()
    {
        var (results, summary) = await Admin.ImportAsync(Ndjson.Body(
            new { type = "tag", slug = "economie", name = "Économie" },
            new { type = "article", slug = "sans-auteur", title = "Sans auteur", body = "B.", language = "fr", authors = new[] { "personne" } },
            "{\"type\":\"article\",\"slug\":\"cassé\"",
            "{\"type\":\"article\",\"title\":" + new string('[', 100) + new string(']', 100) + "}",
            new { type = "video", slug = "x", name = "X" },
            new { type = "article", slug = "mauvaise-langue", title = "T", body = "B.", language = "pas une langue" },
            new { type = "article", title = "Sans clé", body = "B.", language = "fr" },
            new { type = "article", slug = "plus-tard", title = "Plus tard", body = "B.", language = "fr", status = "published", publishedAt = "2999-01-01T00:00:00Z" },
            new { type = "article", slug = "bonne", title = "Bonne", body = "B.", language = "fr", tags = new[] { "economie" } }), "?batchSize=100");

        Assert.Multiple(() =>
        {
            Assert.That(results.Select(line => line.Result()), Is.EqualTo(new[] { "created", "failed", "failed", "failed", "failed", "failed", "failed", "failed", "created" }));
            Assert.That(results[1]["errors"]!["authors[0]"], Is.Not.Null, results[1].ToJsonString());
            Assert.That(results[1]["type"]!.GetValue<string>(), Is.EqualTo("article"));
            Assert.That(results[2]["errors"]!["$"], Is.Not.Null, results[2].ToJsonString());
            Assert.That(results[3]["errors"]!["$"]![0]!.GetValue<string>(), Does.Contain("more than 64 levels deep"), results[3].ToJsonString());
            Assert.That(results[4]["errors"]!["type"], Is.Not.Null, results[4].ToJsonString());
            Assert.That(results[5]["errors"]!["language"], Is.Not.Null, results[5].ToJsonString());
            Assert.That(results[6]["errors"]!["slug"], Is.Not.Null, results[6].ToJsonString());
            Assert.That(results[6]["type"]!.GetValue<string>(), Is.EqualTo("article"));
            Assert.That(results[7]["errors"]!["publishedAt"]![0]!.GetValue<string>(), Does.Contain("status 'scheduled'"), results[7].ToJsonString());
            Assert.That(summary.Count("failed"), Is.EqualTo(7));
            Assert.That(summary.Count("created"), Is.EqualTo(2));
            Assert.That(Factory.Count("articles"), Is.EqualTo(1));
            Assert.That(Factory.Count("tags"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_dry_run_answers_every_line_with_references_across_batches_and_writes_nothing()
    {
        var (results, summary) = await Admin.ImportAsync(Ndjson.Body([.. Newsroom,
            new { type = "article", slug = "orpheline", title = "Orpheline", body = "[[read-also: nulle-part]]", language = "fr" }]), "?dryRun=true&batchSize=1");

        Assert.Multiple(() =>
        {
            Assert.That(results.Select(line => line.Result()), Is.EqualTo(new[] { "created", "created", "created", "created", "failed" }));
            Assert.That(results[4]["errors"]!["body"], Is.Not.Null, results[4].ToJsonString());
            Assert.That(summary["dryRun"]!.GetValue<bool>(), Is.True);
            Assert.That(Factory.CountAll().Values, Is.All.Zero);
        });
    }

    [Test]
    public async Task Records_named_earlier_in_the_file_resolve_whatever_the_batch_size()
    {
        var (results, _) = await Admin.ImportAsync(Ndjson.Body(
            new { type = "author", slug = "a1", name = "Auteur Un" },
            new { type = "article", slug = "premier", title = "Premier", body = "Un.", language = "fr", authors = new[] { "a1" }, status = "published" },
            new { type = "tag", slug = "t1", name = "Tag Un" },
            new { type = "article", slug = "second", title = "Second", body = "[[read-also: premier]]", language = "fr", tags = new[] { "t1" } },
            new { type = "article", slug = "troisieme", title = "Troisième", body = "[[read-also: second]]\n\n[[read-also: premier]]", language = "fr" }),
            "?batchSize=2");

        Assert.That(results.Select(line => line.Result()), Is.All.EqualTo("created"));
        Assert.That(Factory.Count("article_read_also"), Is.EqualTo(3));
    }

    [Test]
    public async Task Archive_records_created_before_1970_are_imported_with_their_dates()
    {
        const string created = "1958-04-17T09:00:00.000Z";
        var (results, _) = await Admin.ImportAsync(Ndjson.Body(
            new { type = "author", slug = "archiviste", name = "Archiviste", createdAt = created },
            new { type = "tag", slug = "expo-58", name = "Expo 58", createdAt = created },
            new { type = "article", slug = "ouverture-expo-58", title = "L’Expo 58 ouvre ses portes", body = "Le roi inaugure l’Atomium.", language = "fr",
                authors = new[] { "archiviste" }, tags = new[] { "expo-58" }, createdAt = created, status = "published", publishedAt = created }),
            "?batchSize=1");

        var article = await Admin.GetJsonAsync("/api/v1/articles/ouverture-expo-58");
        var author = await Admin.GetJsonAsync("/api/v1/authors/archiviste");
        Assert.Multiple(() =>
        {
            Assert.That(results.Select(line => line.Result()), Is.All.EqualTo("created"));
            Assert.That(article["createdAt"]!.GetValue<string>(), Is.EqualTo(created));
            Assert.That(article["publishedAt"]!.GetValue<string>(), Is.EqualTo(created));
            Assert.That(author["createdAt"]!.GetValue<string>(), Is.EqualTo(created));
        });
    }

    [Test]
    public async Task The_same_record_twice_in_one_batch_is_created_then_updated()
    {
        var (results, _) = await Admin.ImportAsync(Ndjson.Body(
            new { type = "article", slug = "double", title = "Première version", body = "Un.", language = "fr" },
            new { type = "article", slug = "double", title = "Seconde version", body = "Deux.", language = "fr" },
            new { type = "article", slug = "double", title = "Seconde version", body = "Deux.", language = "fr" }));

        var article = await Admin.GetJsonAsync("/api/v1/articles/double");
        Assert.Multiple(() =>
        {
            Assert.That(results.Select(line => line.Result()), Is.EqualTo(new[] { "created", "updated", "unchanged" }));
            Assert.That(article["title"]!.GetValue<string>(), Is.EqualTo("Seconde version"));
        });
    }

    [Test]
    public async Task Every_article_of_a_batch_is_found_by_search_as_its_last_line_left_it()
    {
        await Admin.ImportAsync(Ndjson.Body(
            new { type = "tag", slug = "glaciers", name = "Glaciologie" },
            new { type = "article", slug = "alpes", title = "Les Alpes", body = "Le glacier recule.", language = "fr", tags = new[] { "glaciers" }, status = "published" },
            new { type = "article", slug = "double", title = "Première version", body = "Un brouillon ancien.", language = "fr", status = "published" },
            new { type = "article", slug = "pyrenees", title = "Les Pyrénées", body = "La neige manque.", language = "fr", status = "published" },
            new { type = "article", slug = "double", title = "Seconde version", body = "Un texte nouveau.", language = "fr", status = "published" }));

        Assert.Multiple(async () =>
        {
            Assert.That(await FoundAsync("glacier"), Is.EqualTo(new[] { "alpes" }));
            Assert.That(await FoundAsync("glaciologie"), Is.EqualTo(new[] { "alpes" }));
            Assert.That(await FoundAsync("neige"), Is.EqualTo(new[] { "pyrenees" }));
            Assert.That(await FoundAsync("nouveau"), Is.EqualTo(new[] { "double" }));
            Assert.That(await FoundAsync("brouillon"), Is.Empty);
            Assert.That(await FoundAsync("premiere"), Is.Empty);
        });
    }

    private async Task<List<string>> FoundAsync(string words) =>
        (await Anonymous.GetJsonAsync($"/api/v1/articles?q={words}"))["items"]!.AsArray().Select(item => item!["slug"]!.GetValue<string>()).ToList();

    [Test]
    public async Task The_import_needs_an_editor_key_an_ndjson_body_and_a_batch_size_in_range()
    {
        using var anonymous = await Anonymous.PostAsync("/api/v1/import", Ndjson.Body(Newsroom));
        await Admin.PostJsonAsync("/api/v1/authors", new { name = "Jean Dupuis" });
        using var author = await Factory.ClientWithRoleAsync("author", "jean-dupuis");
        using var authorImport = await author.PostAsync("/api/v1/import", Ndjson.Body(Newsroom));
        using var json = await Admin.PostAsync("/api/v1/import", Json.Body("{}"));
        using var batch = await Admin.PostAsync("/api/v1/import?batchSize=0", Ndjson.Body(Newsroom));
        using var dry = await Admin.PostAsync("/api/v1/import?dryRun=perhaps", Ndjson.Body(Newsroom));
        await anonymous.IsProblemAsync(HttpStatusCode.Unauthorized);
        await authorImport.IsProblemAsync(HttpStatusCode.Forbidden);
        var unsupported = await json.IsProblemAsync(HttpStatusCode.UnsupportedMediaType, code: "unsupported-media-type");
        Assert.That(unsupported["detail"]!.GetValue<string>(), Is.EqualTo("The body must be sent as application/x-ndjson."));
        await batch.IsProblemAsync(HttpStatusCode.BadRequest, "batchSize");
        await dry.IsProblemAsync(HttpStatusCode.BadRequest, "dryRun");
        Assert.That(new[] { Factory.Count("articles"), Factory.Count("tags"), Factory.Count("authors") }, Is.EqualTo(new[] { 0L, 0L, 1L }));
    }
}
