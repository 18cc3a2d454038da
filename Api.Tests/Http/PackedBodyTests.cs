namespace Cms.Api.Tests.Http;

/// <summary>A body's HTML is kept packed (deflated) in storage; HTML stored as text by earlier versions reads the same.</summary>
public sealed class PackedBodyTests : SharedCms
{
    private const string HtmlSql = "SELECT html FROM article_bodies WHERE article_id = $id";

    [Test]
    public async Task A_bodys_html_is_stored_packed_in_fewer_bytes_and_reads_back_whole()
    {
        var body = string.Join("\n\n", Enumerable.Range(1, 12).Select(i =>
            $"Paragraphe {i} : « Les glaciers des Alpes ont perdu un tiers de leur volume », a déclaré la chercheuse à Genève."));
        var id = (await Admin.PostJsonAsync("/api/v1/articles", new { title = "Glaciers", body, language = "fr" }))["id"]!.GetValue<string>();

        var stored = Stored.Read(Factory.DatabasePath, HtmlSql, id);
        var read = await Admin.GetJsonAsync($"/api/v1/articles/{id}");

        var html = read["body"]!["html"]!.GetValue<string>();
        Assert.Multiple(() =>
        {
            Assert.That(stored, Is.TypeOf<byte[]>());
            Assert.That(Stored.Unpacked(stored), Is.EqualTo(html));
            Assert.That(((byte[])stored).Length, Is.LessThan(System.Text.Encoding.UTF8.GetByteCount(html) / 2));
            Assert.That(html, Does.Contain("<p>Paragraphe 12 : « Les glaciers"));
        });
    }

    [Test]
    public async Task Html_stored_as_text_before_packing_reads_as_it_was_stored()
    {
        var id = (await Admin.PostJsonAsync("/api/v1/articles", new { title = "Ancien", body = "Texte.", language = "fr" }))["id"]!.GetValue<string>();
        Stored.Write(Factory.DatabasePath, "UPDATE article_bodies SET html = $value WHERE article_id = $id", id, "<p>Texte d’avant.</p>");

        var read = await Admin.GetJsonAsync($"/api/v1/articles/{id}");

        Assert.That(read["body"]!["html"]!.GetValue<string>(), Is.EqualTo("<p>Texte d’avant.</p>"));
    }
}
