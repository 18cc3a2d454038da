using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Cms.Domain.Exchange;
using Cms.Infrastructure.Exchange;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Api.Tests.Http;

/// <summary>
/// An export is the newsroom as of one moment: what is written while it runs is in none of its lines, and every author
/// and tag its articles name is in the file, so the file always imports. The writes are made at a set point of the
/// export, once it has read its author lines and before it reads the rest.
/// </summary>
public sealed class ExportSnapshotTests
{
    private CmsFactory factory = null!;
    private HttpClient admin = null!;

    // Run once by the export's reading, between its last author line and the line after.
    private Func<Task>? afterAuthors;

    [SetUp]
    public async Task StartNewsroomAsync()
    {
        factory = new CmsFactory(services: services => services.AddSingleton<IExportSource>(provider =>
            new PausingAfterAuthors(ActivatorUtilities.CreateInstance<SqliteExportSource>(provider), () => TakeHook()?.Invoke() ?? Task.CompletedTask)));
        admin = factory.Admin();
        await admin.PostJsonAsync("/api/v1/authors", new { name = "Claire Dubois" });
        await admin.PostJsonAsync("/api/v1/tags", new { name = "Économie" });
        await admin.PostJsonAsync("/api/v1/articles", new
        {
            title = "Les prix", body = "Texte.", language = "fr", authors = new[] { "claire-dubois" }, tags = new[] { "economie" },
        });
    }

    [TearDown]
    public void StopNewsroom()
    {
        admin.Dispose();
        factory.Dispose();
    }

    [Test]
    public async Task An_author_tag_and_article_imported_while_an_export_runs_are_in_none_of_its_lines_and_the_file_imports_without_failures()
    {
        afterAuthors = async () =>
        {
            var (results, summary) = await admin.ImportAsync(Ndjson.Body(
                new { type = "author", slug = "late-author", name = "Late Author" },
                new { type = "tag", slug = "late-tag", name = "Late tag" },
                new { type = "article", slug = "late-article", title = "Late", body = "Late.", language = "fr", authors = new[] { "late-author" }, tags = new[] { "late-tag" } }));
            Assert.That(summary.Count("created"), Is.EqualTo(3), string.Join("\n", results.Select(r => r.ToJsonString())));
        };

        var exported = await admin.ExportAsync();

        var lines = Ndjson.Lines(exported);
        Assert.That(afterAuthors, Is.Null, "the export did not reach the point between its authors and the rest");
        Assert.Multiple(() =>
        {
            Assert.That(lines.Select(line => line["slug"]!.GetValue<string>()), Is.EqualTo(new[] { "claire-dubois", "economie", "les-prix" }));
            AssertNamesAreInTheFile(lines);
        });
        await AssertImportsIntoAnEmptyCmsAsync(exported);
    }

    [Test]
    public async Task An_export_names_bylines_and_tags_by_their_slugs_when_it_began_though_they_are_renamed_and_read_while_it_runs()
    {
        afterAuthors = async () =>
        {
            using var author = await admin.PatchMergeAsync("/api/v1/authors/claire-dubois", """{"slug":"claire-d"}""");
            using var tag = await admin.PatchMergeAsync("/api/v1/tags/economie", """{"slug":"eco"}""");
            Assert.That((author.StatusCode, tag.StatusCode), Is.EqualTo((HttpStatusCode.OK, HttpStatusCode.OK)));
            // A read that names the article's author and tag, so the CMS's names in memory are the new ones.
            var article = await admin.GetJsonAsync("/api/v1/articles/les-prix");
            Assert.That(article["authors"]![0]!["slug"]!.GetValue<string>(), Is.EqualTo("claire-d"));
        };

        var exported = await admin.ExportAsync();

        var lines = Ndjson.Lines(exported);
        var article = lines.Single(line => line["type"]!.GetValue<string>() == "article");
        Assert.That(afterAuthors, Is.Null, "the export did not reach the point between its authors and the rest");
        Assert.Multiple(() =>
        {
            Assert.That(article["authors"]!.AsArray().Select(a => a!.GetValue<string>()), Is.EqualTo(new[] { "claire-dubois" }));
            Assert.That(article["tags"]!.AsArray().Select(t => t!.GetValue<string>()), Is.EqualTo(new[] { "economie" }));
            AssertNamesAreInTheFile(lines);
        });
        await AssertImportsIntoAnEmptyCmsAsync(exported);
    }

    private Func<Task>? TakeHook() => Interlocked.Exchange(ref afterAuthors, null);

    private static void AssertNamesAreInTheFile(List<JsonNode> lines)
    {
        HashSet<string> Slugs(string type) =>
            lines.Where(line => line["type"]!.GetValue<string>() == type).Select(line => line["slug"]!.GetValue<string>()).ToHashSet();
        var (authors, tags) = (Slugs("author"), Slugs("tag"));
        foreach (var article in lines.Where(line => line["type"]!.GetValue<string>() == "article"))
        {
            var named = (article["authors"]?.AsArray() ?? []).Select(a => a!.GetValue<string>()).ToList();
            var tagged = (article["tags"]?.AsArray() ?? []).Select(t => t!.GetValue<string>()).ToList();
            Assert.That(named, Is.SubsetOf(authors), $"{article["slug"]} names an author the file does not hold");
            Assert.That(tagged, Is.SubsetOf(tags), $"{article["slug"]} names a tag the file does not hold");
        }
    }

    private static async Task AssertImportsIntoAnEmptyCmsAsync(string exported)
    {
        using var elsewhere = new CmsFactory();
        using var client = elsewhere.Admin();
        var (results, summary) = await client.ImportAsync(Ndjson.Body(exported.TrimEnd('\n')));
        var again = await client.ExportAsync();
        Assert.Multiple(() =>
        {
            Assert.That(summary.Count("failed"), Is.Zero, string.Join("\n", results.Select(r => r.ToJsonString())));
            Assert.That(again, Is.EqualTo(exported));
        });
    }

    /// <summary>The export's records, with <paramref name="between"/> run as it reads the first record after its authors.</summary>
    private sealed class PausingAfterAuthors(IExportSource source, Func<Task> between) : IExportSource
    {
        public async IAsyncEnumerable<ExchangeRecord> ReadAsync(ExportFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var past = false;
            await foreach (var record in source.ReadAsync(filter, cancellationToken))
            {
                if (!past && record is not AuthorRecord)
                {
                    past = true;
                    await between();
                }
                yield return record;
            }
        }
    }
}
