using System.Net;

namespace Cms.Api.Tests.Http;

/// <summary>Imported articles whose teasers name one another, in any order the file gives them.</summary>
public sealed class TeaserImportTests : FreshCms
{
    private static object Article(string slug, string body, string status = "draft") => status == "published"
        ? new { type = "article", externalId = $"wire:{slug}", slug, title = slug, body, language = "fr", status, publishedAt = "2024-01-01T00:00:00Z" }
        : new { type = "article", externalId = $"wire:{slug}", slug, title = slug, body, language = "fr" };

    [Test]
    public async Task A_teaser_naming_the_article_itself_fails_its_line_and_writes_nothing()
    {
        var (results, summary) = await Admin.ImportAsync(Ndjson.Body([Article("lui-meme", "Texte.\n\n[[read-also: lui-meme]]", "published")]));
        using var read = await Admin.GetAsync("/api/v1/articles/lui-meme");

        Assert.Multiple(() =>
        {
            Assert.That(results.Single().Result(), Is.EqualTo("failed"));
            Assert.That(results.Single()["errors"]!["body"]![0]!.GetValue<string>(), Does.Contain("the article itself"));
            Assert.That(summary.Count("failed"), Is.EqualTo(1));
            Assert.That(read.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(Factory.Count("articles"), Is.Zero);
        });
    }

    [Test]
    public async Task Pairs_naming_each_other_and_a_chain_named_backwards_are_all_created_once_in_small_batches()
    {
        var pairs = Enumerable.Range(1, 30).SelectMany(n => new[]
        {
            Article($"a-{n}", $"A.\n\n[[read-also: b-{n}]]", "published"), Article($"b-{n}", $"B.\n\n[[read-also: a-{n}]]", "published"),
        });
        var chain = Enumerable.Range(1, 20).Select(n => Article($"c-{n}", n == 20 ? "Fin." : $"C.\n\n[[read-also: c-{n + 1}]]"));
        var lines = pairs.Concat(chain).ToArray();

        var (results, summary) = await Admin.ImportAsync(Ndjson.Body(lines), "?batchSize=7");
        var exported = await Admin.ExportAsync();
        var (_, again) = await Admin.ImportAsync(Ndjson.Body(exported.TrimEnd('\n')), "?batchSize=7");
        var pair = await Admin.GetJsonAsync("/api/v1/articles/a-30?formats=markdown");

        Assert.Multiple(() =>
        {
            Assert.That(summary.Count("created"), Is.EqualTo(lines.Length), string.Join("\n", results.Where(r => r.Result() != "created").Select(r => r.ToJsonString())));
            Assert.That(results.Select(r => r["line"]!.GetValue<int>()).Order(), Is.EqualTo(Enumerable.Range(1, lines.Length)));
            Assert.That(Factory.Count("articles"), Is.EqualTo(lines.Length));
            Assert.That(pair["body"]!["markdown"]!.GetValue<string>(), Does.Contain("[[read-also: b-30]]"));
            Assert.That(pair["status"]!.GetValue<string>(), Is.EqualTo("published"));
            Assert.That(again.Count("unchanged"), Is.EqualTo(lines.Length));
        });
    }
}
