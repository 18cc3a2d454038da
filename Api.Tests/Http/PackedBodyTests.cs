namespace Cms.Api.Tests.Http;

/// <summary>
/// An import keeps a body's HTML and a revision's snapshot packed (deflated) in storage; a single write keeps them as text.
/// Either reads the same.
/// </summary>
public sealed class PackedBodyTests : SharedCms
{
    private const string HtmlSql = "SELECT html FROM article_bodies WHERE article_id = $id";
    private const string RevisionSql = "SELECT content FROM article_revisions WHERE article_id = $id";

    private static readonly string Body = string.Join("\n\n", Enumerable.Range(1, 12).Select(i =>
        $"Paragraphe {i} : « Les glaciers des Alpes ont perdu un tiers de leur volume », a déclaré la chercheuse à Genève."));

    [Test]
    public async Task An_imported_articles_html_and_revision_are_stored_packed_in_fewer_bytes_and_read_back_whole()
    {
        var (results, _) = await Admin.ImportAsync(Ndjson.Body(new { type = "article", slug = "glaciers-importes", title = "Glaciers", body = Body, language = "fr" }));
        var id = results[0]["id"]!.GetValue<string>();

        var html = Stored.Read(Factory.DatabasePath, HtmlSql, id);
        var revision = Stored.Read(Factory.DatabasePath, RevisionSql, id);
        var read = await Admin.GetJsonAsync($"/api/v1/articles/{id}");
        var number = (await Admin.GetJsonAsync($"/api/v1/articles/{id}/revisions"))["items"]![0]!["number"]!.GetValue<int>();
        var readRevision = await Admin.GetJsonAsync($"/api/v1/articles/{id}/revisions/{number}");

        var readHtml = read["body"]!["html"]!.GetValue<string>();
        Assert.Multiple(() =>
        {
            Assert.That(html, Is.TypeOf<byte[]>());
            Assert.That(Stored.Unpacked(html), Is.EqualTo(readHtml));
            Assert.That(((byte[])html).Length, Is.LessThan(System.Text.Encoding.UTF8.GetByteCount(readHtml) / 2));
            Assert.That(readHtml, Does.Contain("<p>Paragraphe 12 : « Les glaciers"));
            Assert.That(revision, Is.TypeOf<byte[]>());
            Assert.That(Stored.Unpacked(revision), Does.Contain("« Les glaciers des Alpes"));
            Assert.That(readRevision["content"]!["body"]!.GetValue<string>(), Is.EqualTo(Body));
        });
    }

    [Test]
    public async Task A_created_articles_html_and_revision_are_stored_as_text()
    {
        var id = (await Admin.PostJsonAsync("/api/v1/articles", new { title = "Glaciers créés", body = Body, language = "fr" }))["id"]!.GetValue<string>();

        var read = await Admin.GetJsonAsync($"/api/v1/articles/{id}");

        Assert.Multiple(() =>
        {
            Assert.That(Stored.Read(Factory.DatabasePath, HtmlSql, id), Is.EqualTo(read["body"]!["html"]!.GetValue<string>()));
            Assert.That(Stored.Read(Factory.DatabasePath, RevisionSql, id), Is.TypeOf<string>().And.Contain("« Les glaciers des Alpes"));
        });
    }

    [TestCase("title")]
    [TestCase("-title")]
    public async Task A_list_of_created_and_imported_articles_reads_every_html_body_whichever_comes_first(string sort)
    {
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Mélange " + sort, slug = "melange" + sort, visibility = "public" });
        await Admin.PostJsonAsync("/api/v1/articles", new { title = "A créé", body = "Créé.", language = "fr", tags = new[] { "melange" + sort } });
        await Admin.ImportAsync(Ndjson.Body(new { type = "article", slug = "b-importe" + sort, title = "B importé", body = "Importé.", language = "fr", tags = new[] { "melange" + sort } }));

        var list = await Admin.GetJsonAsync($"/api/v1/articles?tag=melange{sort}&sort={sort}&formats=html");

        var bodies = list["items"]!.AsArray().Select(item => item!["body"]!["html"]!.GetValue<string>().Trim()).Order().ToList();
        Assert.That(bodies, Is.EqualTo(new[] { "<p>Créé.</p>", "<p>Importé.</p>" }));
    }

    [Test]
    public async Task Revisions_stored_packed_and_as_text_list_together()
    {
        var (results, _) = await Admin.ImportAsync(Ndjson.Body(new { type = "article", slug = "revisions-melangees", title = "Importé", body = Body, language = "fr" }));
        var id = results[0]["id"]!.GetValue<string>();
        (await Admin.PatchMergeAsync($"/api/v1/articles/{id}", """{"title":"Corrigé"}""")).EnsureSuccessStatusCode();

        var numbers = (await Admin.GetJsonAsync($"/api/v1/articles/{id}/revisions"))["items"]!.AsArray().Select(item => item!["number"]!.GetValue<int>()).ToList();
        var imported = await Admin.GetJsonAsync($"/api/v1/articles/{id}/revisions/{numbers[^1]}");

        Assert.Multiple(() =>
        {
            Assert.That(numbers, Has.Count.EqualTo(2));
            Assert.That(Stored.Read(Factory.DatabasePath, RevisionSql + $" AND number = {numbers[0]}", id), Is.TypeOf<string>());
            Assert.That(imported["content"]!["title"]!.GetValue<string>(), Is.EqualTo("Importé"));
        });
    }

    [Test]
    public async Task Html_stored_as_text_where_an_import_packed_it_reads_as_it_was_stored()
    {
        var (results, _) = await Admin.ImportAsync(Ndjson.Body(new { type = "article", slug = "ancien-importe", title = "Ancien", body = "Texte.", language = "fr" }));
        var id = results[0]["id"]!.GetValue<string>();
        Stored.Write(Factory.DatabasePath, "UPDATE article_bodies SET html = $value WHERE article_id = $id", id, "<p>Texte d’avant.</p>");

        var read = await Admin.GetJsonAsync($"/api/v1/articles/{id}");

        Assert.That(read["body"]!["html"]!.GetValue<string>(), Is.EqualTo("<p>Texte d’avant.</p>"));
    }
}
