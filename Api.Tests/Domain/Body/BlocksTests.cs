using System.Text.Json;

namespace Cms.Api.Tests.Domain.Body;

[TestFixture]
public sealed class BlocksTests
{
    [Test]
    public void Blocks_are_a_json_array_of_typed_blocks()
    {
        const string markdown = "## Titre\n\nTexte.\n\n> Citée\n\n- a\n\n![alt](/a.jpg)\n\nhttps://youtu.be/abc\n\n```\ncode\n```\n\n---\n\n[[read-also: published-story]]";

        using var json = JsonDocument.Parse(SampleStories.Render(markdown).Blocks);

        var types = json.RootElement.EnumerateArray().Select(block => block.GetProperty("type").GetString()).ToList();
        Assert.That(types, Is.EqualTo(new[] { "heading", "paragraph", "quote", "list", "image", "embed", "code", "divider", "readAlso" }));
    }

    [Test]
    public void Paragraph_has_its_text_and_inline_runs_with_marks_and_links()
    {
        var blocks = SampleStories.Render("Un **vote *serré*** [ici](https://news.example/a \"t\") ~~non~~ `x`  \nfin").Blocks;

        Assert.That(blocks, Is.EqualTo(
            """[{"type":"paragraph","text":"Un vote serré ici non x\nfin","inlines":["""
            + """{"text":"Un ","marks":[],"href":null},{"text":"vote ","marks":["strong"],"href":null},"""
            + """{"text":"serré","marks":["strong","emphasis"],"href":null},{"text":" ","marks":[],"href":null},"""
            + """{"text":"ici","marks":[],"href":"https://news.example/a"},{"text":" ","marks":[],"href":null},"""
            + """{"text":"non","marks":["strikethrough"],"href":null},{"text":" ","marks":[],"href":null},"""
            + """{"text":"x","marks":["code"],"href":null},{"text":"\nfin","marks":[],"href":null}]}]"""));
    }

    [TestCase("javascript:alert(1)")]
    [TestCase("data:text/html,x")]
    [TestCase("vbscript:x")]
    public void Unsafe_link_has_a_null_href_and_reads_as_plain_text(string url)
    {
        var blocks = SampleStories.Render($"Voir [ici]({url})").Blocks;

        Assert.That(blocks, Is.EqualTo("""[{"type":"paragraph","text":"Voir ici","inlines":[{"text":"Voir ici","marks":[],"href":null}]}]"""));
    }

    [Test]
    public void Heading_has_its_level()
    {
        var blocks = SampleStories.Render("### Trois").Blocks;

        Assert.That(blocks, Is.EqualTo("""[{"type":"heading","level":3,"text":"Trois","inlines":[{"text":"Trois","marks":[],"href":null}]}]"""));
    }

    [Test]
    public void Paragraph_of_one_image_is_an_image_block()
    {
        var blocks = SampleStories.Render("![La *place*](/img/place.jpg \"Photo AFP\")\n\n![sans titre](https://cdn.example/b.png)").Blocks;

        Assert.That(blocks, Is.EqualTo(
            """[{"type":"image","url":"/img/place.jpg","alt":"La place","title":"Photo AFP"},"""
            + """{"type":"image","url":"https://cdn.example/b.png","alt":"sans titre","title":null}]"""));
    }

    [Test]
    public void Image_with_data_url_has_a_null_url()
    {
        var blocks = SampleStories.Render("![x](data:image/png;base64,iVBORw0KGgo=)").Blocks;

        Assert.That(blocks, Is.EqualTo("""[{"type":"image","url":null,"alt":"x","title":null}]"""));
    }

    [TestCase("https://www.youtube.com/watch?v=abc", "youtube")]
    [TestCase("<https://youtu.be/abc>", "youtube")]
    [TestCase("https://vimeo.com/123", "vimeo")]
    [TestCase("https://x.com/user/status/1", "x")]
    [TestCase("https://twitter.com/user/status/1", "x")]
    [TestCase("https://www.instagram.com/p/abc/", "instagram")]
    [TestCase("https://www.facebook.com/page/posts/1", "facebook")]
    [TestCase("https://www.tiktok.com/@user/video/1", "tiktok")]
    [TestCase("https://news.example/dossier", null)]
    public void Paragraph_of_one_bare_url_is_an_embed(string paragraph, string? provider)
    {
        using var json = JsonDocument.Parse(SampleStories.Render(paragraph).Blocks);

        var block = json.RootElement[0];
        Assert.That(block.GetProperty("type").GetString(), Is.EqualTo("embed"));
        Assert.That(block.GetProperty("url").GetString(), Is.EqualTo(paragraph.Trim('<', '>')));
        Assert.That(block.GetProperty("provider").GetString(), Is.EqualTo(provider));
    }

    [Test]
    public void Link_with_its_own_text_is_not_an_embed()
    {
        using var json = JsonDocument.Parse(SampleStories.Render("[la vidéo](https://youtu.be/abc)").Blocks);

        Assert.That(json.RootElement[0].GetProperty("type").GetString(), Is.EqualTo("paragraph"));
    }

    [Test]
    public void Lists_say_whether_ordered_and_where_they_start()
    {
        var blocks = SampleStories.Render("3. trois\n4. quatre\n\n* puce").Blocks;

        Assert.That(blocks, Is.EqualTo(
            """[{"type":"list","ordered":true,"start":3,"items":["""
            + """{"blocks":[{"type":"paragraph","text":"trois","inlines":[{"text":"trois","marks":[],"href":null}]}]},"""
            + """{"blocks":[{"type":"paragraph","text":"quatre","inlines":[{"text":"quatre","marks":[],"href":null}]}]}]},"""
            + """{"type":"list","ordered":false,"start":null,"items":["""
            + """{"blocks":[{"type":"paragraph","text":"puce","inlines":[{"text":"puce","marks":[],"href":null}]}]}]}]"""));
    }

    [Test]
    public void Quote_holds_its_blocks()
    {
        var blocks = SampleStories.Render("> « Non »\n>\n> ## Dit-il").Blocks;

        Assert.That(blocks, Is.EqualTo(
            """[{"type":"quote","blocks":[{"type":"paragraph","text":"« Non »","inlines":[{"text":"« Non »","marks":[],"href":null}]},"""
            + """{"type":"heading","level":2,"text":"Dit-il","inlines":[{"text":"Dit-il","marks":[],"href":null}]}]}]"""));
    }

    [Test]
    public void Code_block_has_its_language_and_text()
    {
        var blocks = SampleStories.Render("```csharp\nvar s = \"<b>\";\nreturn s;\n```\n\n    indenté\n\n---").Blocks;

        Assert.That(blocks, Is.EqualTo(
            """[{"type":"code","language":"csharp","text":"var s = \"<b>\";\nreturn s;"},"""
            + """{"type":"code","language":null,"text":"indenté"},{"type":"divider"}]"""));
    }

    [Test]
    public void Teaser_is_the_exact_compact_marker()
    {
        var blocks = SampleStories.Render("[[read-also: published-story]]\n\nFin.").Blocks;

        Assert.That(blocks, Does.StartWith("[" + SampleStories.BlockMarker(SampleStories.Published) + ",{\"type\":\"paragraph\""));
    }

    [Test]
    public void French_text_stays_readable_and_exact()
    {
        const string french = "“Sam et moi sommes choqués et triste de ce qu’a fait le conseil… Nous aussi” Aktuálně\u00A0!";

        var blocks = SampleStories.Render(french).Blocks;

        Assert.That(blocks, Does.Contain("choqués"));
        Assert.That(blocks, Does.Contain("“Sam"));
        using var json = JsonDocument.Parse(blocks);
        Assert.That(json.RootElement[0].GetProperty("text").GetString(), Is.EqualTo(french));
    }
}
