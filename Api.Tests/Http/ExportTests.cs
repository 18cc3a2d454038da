using System.Net;

namespace Cms.Api.Tests.Http;

/// <summary>The NDJSON export streams the import's own format; exporting, importing elsewhere and exporting again gives the same bytes.</summary>
public sealed class ExportTests : FreshCms
{
    [SetUp]
    public async Task WriteNewsroomAsync()
    {
        await Admin.PostJsonAsync("/api/v1/authors", new
        {
            name = "Claire Dubois", email = "claire@newsroom.example", social = new { x = "@claire", mastodon = "@claire@masto.example" },
        });
        await Admin.PostJsonAsync("/api/v1/authors", new { name = "Jean Dupuis", jobTitle = "Photographe" });
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Économie", description = "L’argent, les prix." });
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "À relire", visibility = "internal" });
        var first = await Admin.PostJsonAsync("/api/v1/articles", new
        {
            title = "Le “Grand” débat…", subtitle = "Sous-titre\u00a0: oui", body = "Premier paragraphe.\n\n- un\n- deux", language = "fr",
            authors = new[] { "claire-dubois", "jean-dupuis" }, tags = new[] { "economie", "a-relire" },
            featureImage = new { url = "https://img.example/a.jpg", alt = "Une photo", width = 1600, height = 900 },
            canonicalUrl = "https://origin.example/story", share = new { ogTitle = "OG", twitterCard = "summary", hashtags = new[] { "Débat" } },
        });
        await Admin.PostJsonAsync("/api/v1/articles/le-grand-debat/publish", new { publishedAt = "2023-11-18T09:30:00Z" });
        await Admin.PostJsonAsync("/api/v1/articles", new
        {
            // The same teaser twice, by id and by slug.
            title = "Second", body = $"Avant.\n\n[[read-also: {first["id"]}]]\n\nAprès.\n\n[[read-also: le-grand-debat]]", language = "en-gb", excerpt = "Mon résumé.",
        });
        await Admin.PostJsonAsync("/api/v1/articles/second/publish", new { publishedAt = "2099-01-01T06:00:00Z" });
        await Admin.PostJsonAsync("/api/v1/articles", new { title = "Troisième", body = "Trois.", language = "fr" });
        await Admin.PostJsonAsync("/api/v1/articles/troisieme/publish", new { });
        await Admin.PostJsonAsync("/api/v1/articles/troisieme/unpublish", new { });
        await Admin.PostJsonAsync("/api/v1/articles", new { title = "Archivé", body = "Quatre.", language = "fr" });
        await Admin.PostJsonAsync("/api/v1/articles/archive/publish", new { publishedAt = "2022-02-02T02:02:02Z" });
        await Admin.PostJsonAsync("/api/v1/articles/archive/archive", new { });
        // A teaser pointing at an article created after the one that holds it.
        using var forward = await Admin.PutAsync("/api/v1/articles/le-grand-debat", Json.Body(new
        {
            title = "Le “Grand” débat…", body = "Premier paragraphe.\n\n[[read-also: troisieme]]", language = "fr", authors = new[] { "claire-dubois" },
        }));
        Assert.That(forward.StatusCode, Is.EqualTo(HttpStatusCode.OK), await forward.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Articles_whose_teasers_form_a_cycle_round_trip_through_an_empty_cms_and_again_change_nothing()
    {
        // "Second" points at the debate; the debate now points back at it.
        using var back = await Admin.PutAsync("/api/v1/articles/le-grand-debat", Json.Body(new
        {
            title = "Le “Grand” débat…", body = "Premier paragraphe.\n\n[[read-also: second]]\n\n[[read-also: troisieme]]", language = "fr",
            authors = new[] { "claire-dubois" },
        }));
        Assert.That(back.StatusCode, Is.EqualTo(HttpStatusCode.OK), await back.Content.ReadAsStringAsync());
        var exported = await Admin.ExportAsync();
        using var elsewhere = new CmsFactory();
        using var admin = elsewhere.Admin();

        var (dryRun, dryRunSummary) = await admin.ImportAsync(Ndjson.Body(exported.TrimEnd('\n')), "?batchSize=2&dryRun=true");
        var (results, summary) = await admin.ImportAsync(Ndjson.Body(exported.TrimEnd('\n')), "?batchSize=2");
        var again = await admin.ExportAsync();
        var (_, secondSummary) = await admin.ImportAsync(Ndjson.Body(exported.TrimEnd('\n')), "?batchSize=2");

        Assert.Multiple(() =>
        {
            Assert.That(dryRunSummary.Count("failed"), Is.Zero, string.Join("\n", dryRun.Select(r => r.ToJsonString())));
            Assert.That(summary.Count("failed"), Is.Zero, string.Join("\n", results.Select(r => r.ToJsonString())));
            Assert.That(results.Select(r => r["line"]!.GetValue<int>()).Order(), Is.EqualTo(Enumerable.Range(1, 8)));
            Assert.That(results.Select(line => line.Result()), Is.All.EqualTo("created"));
            Assert.That(again, Is.EqualTo(exported));
            Assert.That(secondSummary.Count("unchanged"), Is.EqualTo(8));
        });
    }

    [Test]
    public async Task Export_then_import_into_an_empty_cms_then_export_again_gives_the_same_bytes()
    {
        var exported = await Admin.ExportAsync();
        using var elsewhere = new CmsFactory();
        using var admin = elsewhere.Admin();
        var (results, summary) = await admin.ImportAsync(Ndjson.Body(exported.TrimEnd('\n')), "?batchSize=2");
        var again = await admin.ExportAsync();

        Assert.Multiple(() =>
        {
            Assert.That(summary.Count("failed"), Is.Zero, string.Join("\n", results.Select(r => r.ToJsonString())));
            Assert.That(summary.Count("created"), Is.EqualTo(8));
            Assert.That(again, Is.EqualTo(exported));
            Assert.That(elsewhere.CountAll(), Is.EqualTo(Factory.CountAll()));
        });
    }

    [Test]
    public async Task Export_writes_typed_lines_with_references_by_slug_and_each_teaser_target_first()
    {
        var lines = Ndjson.Lines(await Admin.ExportAsync());
        var types = lines.Select(line => line["type"]!.GetValue<string>()).ToList();
        var articles = lines.Where(line => line["type"]!.GetValue<string>() == "article").Select(line => line["slug"]!.GetValue<string>()).ToList();
        var debate = lines.Single(line => line["slug"]?.GetValue<string>() == "le-grand-debat");
        var second = lines.Single(line => line["slug"]?.GetValue<string>() == "second");

        Assert.Multiple(() =>
        {
            Assert.That(types, Is.EqualTo(new[] { "author", "author", "tag", "tag", "article", "article", "article", "article" }));
            Assert.That(lines.Single(line => line["slug"]?.GetValue<string>() == "archive")["status"]!.GetValue<string>(), Is.EqualTo("archived"));
            Assert.That(articles.IndexOf("troisieme"), Is.LessThan(articles.IndexOf("le-grand-debat")));
            Assert.That(articles.IndexOf("le-grand-debat"), Is.LessThan(articles.IndexOf("second")));
            Assert.That(debate["body"]!.GetValue<string>(), Does.Contain("[[read-also: troisieme]]"));
            Assert.That(debate["authors"]!.AsArray().Select(a => a!.GetValue<string>()), Is.EqualTo(new[] { "claire-dubois" }));
            Assert.That(debate["status"]!.GetValue<string>(), Is.EqualTo("published"));
            Assert.That(debate["publishedAt"]!.GetValue<string>(), Is.EqualTo("2023-11-18T09:30:00.000Z"));
            Assert.That(second["body"]!.GetValue<string>().Split("[[read-also: le-grand-debat]]"), Has.Length.EqualTo(3));
            Assert.That(second["status"]!.GetValue<string>(), Is.EqualTo("scheduled"));
            Assert.That(lines.Single(line => line["slug"]?.GetValue<string>() == "troisieme")["firstPublishedAt"], Is.Not.Null);
        });
    }

    [Test]
    public async Task Export_filters_by_type_status_and_change_date_and_refuses_unknown_values()
    {
        var tags = Ndjson.Lines(await Admin.ExportAsync("?types=tag"));
        var published = Ndjson.Lines(await Admin.ExportAsync("?types=article&status=published"));
        var future = await Admin.ExportAsync("?updatedSince=2099-01-01T00:00:00Z");
        using var badType = await Admin.GetAsync("/api/v1/export?types=video");
        using var badStatus = await Admin.GetAsync("/api/v1/export?status=gone");
        using var anonymous = await Anonymous.GetAsync("/api/v1/export");
        using var author = await Factory.ClientWithRoleAsync("author", "claire-dubois");
        using var authorExport = await author.GetAsync("/api/v1/export");

        Assert.Multiple(() =>
        {
            Assert.That(tags.Select(line => line["slug"]!.GetValue<string>()), Is.EqualTo(new[] { "economie", "a-relire" }));
            Assert.That(published.Select(line => line["slug"]!.GetValue<string>()), Is.EqualTo(new[] { "le-grand-debat" }));
            Assert.That(future, Is.Empty);
        });
        await badType.IsProblemAsync(HttpStatusCode.BadRequest, "types");
        await badStatus.IsProblemAsync(HttpStatusCode.BadRequest, "status");
        await anonymous.IsProblemAsync(HttpStatusCode.Unauthorized);
        await authorExport.IsProblemAsync(HttpStatusCode.Forbidden);
    }
}
