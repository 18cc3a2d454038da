using System.Text.Json;
using AngleSharp.Html.Parser;
using Cms.Domain.Articles.Body;

namespace Cms.Api.Tests.Domain.Body;

[TestFixture]
public sealed class ReadAlsoSpliceTests
{
    private const string Story = "Avant.\n\n[[read-also: published-story]]\n\nMilieu.\n\n[[read-also: draft-story]]\n\nAprès.";

    private static readonly RenderedBody Rendered = SampleStories.Render(Story);

    [Test]
    public void Html_teaser_becomes_an_aside_and_hidden_one_leaves_no_line()
    {
        var html = ReadAlsoSplice.Html(Rendered.Html, SampleStories.Visible, "fr-FR");

        Assert.That(html, Is.EqualTo(
            "<p>Avant.</p>\n"
            + "<aside class=\"read-also\"><span class=\"read-also-label\">Lire aussi</span> "
            + "<a href=\"https://news.example/maire-s-explique\">Le maire s’explique</a></aside>\n"
            + "<p>Milieu.</p>\n<p>Après.</p>\n"));
    }

    [Test]
    public void Hostile_title_and_url_come_out_inert_in_html()
    {
        const string title = "\"><script>alert(1)</script><img src=x onerror=alert(2)>";
        var teaser = new ReadAlsoTeaser(SampleStories.Published, "s", title, "https://news.example/a?b=1&c=\"><script>");
        var visible = new Dictionary<Guid, ReadAlsoTeaser> { [teaser.Id] = teaser };

        var html = ReadAlsoSplice.Html(Rendered.Html, visible, "fr");

        var document = new HtmlParser().ParseDocument(html);
        Assert.That(document.QuerySelectorAll("script, img"), Is.Empty);
        Assert.That(document.QuerySelector("aside a")!.TextContent, Is.EqualTo(title));
        Assert.That(document.QuerySelector("aside a")!.GetAttribute("href"), Is.EqualTo(teaser.Url));
    }

    [Test]
    public void Html_teaser_with_javascript_url_has_no_href()
    {
        var teaser = new ReadAlsoTeaser(SampleStories.Published, "s", "Titre", "javascript:alert(1)");

        var html = ReadAlsoSplice.Html(Rendered.Html, new Dictionary<Guid, ReadAlsoTeaser> { [teaser.Id] = teaser }, "fr");

        Assert.That(html, Does.Contain("<a>Titre</a>"));
    }

    [Test]
    public void Plain_text_teaser_reads_label_and_title_and_hidden_one_leaves_no_paragraph()
    {
        var text = ReadAlsoSplice.PlainText(Rendered.PlainText, SampleStories.Visible, "fr");

        Assert.That(text, Is.EqualTo("Avant.\n\nLire aussi : Le maire s’explique\n\nMilieu.\n\nAprès."));
    }

    [TestCase("fr", "Lire aussi : ")]
    [TestCase("fr-CA", "Lire aussi : ")]
    [TestCase("en-GB", "Read also: ")]
    [TestCase("de", "Lesen Sie auch: ")]
    [TestCase("es-419", "Lee también: ")]
    [TestCase("it", "Leggi anche: ")]
    [TestCase("nl-BE", "Lees ook: ")]
    [TestCase("pt-BR", "Leia também: ")]
    [TestCase("cs", "Read also: ")]
    [TestCase("", "Read also: ")]
    public void Label_follows_the_article_language(string language, string caption)
    {
        var text = ReadAlsoSplice.PlainText(Rendered.PlainText, SampleStories.Visible, language);

        Assert.That(text, Does.Contain("\n\n" + caption + "Le maire s’explique\n\n"));
    }

    [Test]
    public void Blocks_teaser_carries_the_article_and_hidden_one_leaves_no_comma()
    {
        var blocks = ReadAlsoSplice.Blocks(Rendered.Blocks, SampleStories.Visible);

        Assert.That(blocks, Does.Contain(
            """{"type":"readAlso","article":{"id":"0d6f3b8a-1c2e-4f5a-9b7c-8d9e0f1a2b3c","slug":"maire-s-explique","""
            + "\"title\":\"Le maire s’explique\",\"url\":\"https://news.example/maire-s-explique\"}}"));
        using var json = JsonDocument.Parse(blocks);
        var types = json.RootElement.EnumerateArray().Select(block => block.GetProperty("type").GetString());
        Assert.That(types, Is.EqualTo(new[] { "paragraph", "readAlso", "paragraph", "paragraph" }));
    }

    [Test]
    public void Hostile_title_is_escaped_in_blocks()
    {
        var teaser = new ReadAlsoTeaser(SampleStories.Published, "s", "Il a dit \"non\" \\ fin\n", "https://news.example/s");

        var blocks = ReadAlsoSplice.Blocks(Rendered.Blocks, new Dictionary<Guid, ReadAlsoTeaser> { [teaser.Id] = teaser });

        using var json = JsonDocument.Parse(blocks);
        Assert.That(json.RootElement[1].GetProperty("article").GetProperty("title").GetString(), Is.EqualTo(teaser.Title));
    }

    [Test]
    public void Markdown_teaser_is_written_back_with_the_current_slug()
    {
        var markdown = ReadAlsoSplice.Markdown(Rendered.Markdown, SampleStories.Visible);

        Assert.That(markdown, Is.EqualTo("Avant.\n\n[[read-also: maire-s-explique]]\n\nMilieu.\n\nAprès."));
    }

    [Test]
    public void Targets_lists_marker_ids_in_order_in_every_template()
    {
        var expected = new[] { SampleStories.Published, SampleStories.Unpublished };

        Assert.That(ReadAlsoSplice.Targets(Rendered.Html), Is.EqualTo(expected));
        Assert.That(ReadAlsoSplice.Targets(Rendered.PlainText), Is.EqualTo(expected));
        Assert.That(ReadAlsoSplice.Targets(Rendered.Blocks), Is.EqualTo(expected));
        Assert.That(ReadAlsoSplice.Targets(Rendered.Markdown), Is.EqualTo(expected));
    }
}
