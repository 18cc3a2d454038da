using AngleSharp.Html.Parser;

namespace Cms.Api.Tests.Domain.Body;

[TestFixture]
public sealed class HtmlRenderingTests
{
    [Test]
    public void Markdown_renders_to_html()
    {
        var html = SampleStories.Render("## Le conseil\n\nUn **vote** *serré* et ~~rejeté~~, `code`.\n\n1. un\n2. deux").Html;

        Assert.That(html, Is.EqualTo(
            "<h2>Le conseil</h2>\n<p>Un <strong>vote</strong> <em>serré</em> et <del>rejeté</del>, <code>code</code>.</p>\n"
            + "<ol>\n<li>un</li>\n<li>deux</li>\n</ol>\n"));
    }

    [Test]
    public void A_byte_order_mark_before_the_first_heading_leaves_it_a_heading()
    {
        var rendered = SampleStories.Render("\uFEFF# Le conseil\n\nTexte.");

        Assert.That(rendered.Html, Is.EqualTo("<h1>Le conseil</h1>\n<p>Texte.</p>\n"));
        Assert.That(rendered.PlainText, Is.EqualTo("Le conseil\n\nTexte."));
    }

    [Test]
    public void Script_tags_in_markdown_are_escaped_not_rendered()
    {
        var html = SampleStories.Render("Avant\n\n<script>alert(1)</script>\n\nTexte <script>alert(2)</script> fin").Html;

        Assert.That(html, Does.Not.Contain("<script"));
        Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
        Assert.That(Elements(html, "script"), Is.Zero);
    }

    [Test]
    public void Raw_html_with_event_handler_is_shown_as_text()
    {
        var html = SampleStories.Render("<img src=x onerror=alert(1)>\n\n<a href=\"#\" onclick=\"alert(1)\">x</a>").Html;

        Assert.That(EventHandlerAttributes(html), Is.Empty);
        Assert.That(Elements(html, "img"), Is.Zero);
    }

    [Test]
    public void Image_title_cannot_smuggle_an_onerror_attribute()
    {
        var html = SampleStories.Render("![photo](/img/a.jpg \"x\\\" onerror=\\\"alert(1)\")\n\n![b](/b.jpg 'y\\' onerror=\\'alert(2)')").Html;

        Assert.That(EventHandlerAttributes(html), Is.Empty);
        Assert.That(Elements(html, "img"), Is.EqualTo(2));
    }

    [TestCase("javascript:alert(1)")]
    [TestCase("JaVaScRiPt:alert(1)")]
    [TestCase("java&#x09;script:alert(1)")]
    [TestCase("&#106;avascript:alert(1)")]
    [TestCase("vbscript:msgbox(1)")]
    [TestCase("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    public void Unsafe_link_loses_its_href(string url)
    {
        var html = SampleStories.Render($"Voir [ici]({url}) et <{url}>.").Html;

        var hrefs = new HtmlParser().ParseDocument(html).QuerySelectorAll("[href]").Select(a => a.GetAttribute("href")).ToList();
        Assert.That(hrefs, Is.Empty);
        Assert.That(html, Does.Contain(">ici</a>"));
    }

    [TestCase("data:image/png;base64,iVBORw0KGgo=")]
    [TestCase("data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+")]
    [TestCase("javascript:alert(1)")]
    public void Unsafe_image_source_is_removed(string src)
    {
        var html = SampleStories.Render($"![graphique]({src})").Html;

        Assert.That(html, Is.EqualTo("<p><img alt=\"graphique\"></p>\n"));
    }

    [TestCase("https://news.example/a?b=1#c")]
    [TestCase("http://news.example/")]
    [TestCase("mailto:redaction@news.example")]
    [TestCase("/sujets/politique")]
    [TestCase("../archives/2024")]
    public void Safe_link_keeps_its_href(string url)
    {
        var html = SampleStories.Render($"[lien]({url})").Html;

        Assert.That(html, Is.EqualTo($"<p><a href=\"{url}\">lien</a></p>\n"));
    }

    [Test]
    public void Code_fence_keeps_its_language_class_and_escapes_its_text()
    {
        var html = SampleStories.Render("```csharp\nvar tag = \"<b>\";\n```").Html;

        Assert.That(html, Is.EqualTo("<pre><code class=\"language-csharp\">var tag = \"&lt;b&gt;\";\n</code></pre>\n"));
    }

    [Test]
    public void Teaser_becomes_a_comment_marker_on_its_own_line()
    {
        var html = SampleStories.Render("Avant.\n\n[[read-also: published-story]]\n\nAprès.").Html;

        Assert.That(html, Is.EqualTo($"<p>Avant.</p>\n{SampleStories.Marker(SampleStories.Published)}\n<p>Après.</p>\n"));
    }

    private static int Elements(string html, string tag) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll(tag).Length;

    private static List<string> EventHandlerAttributes(string html) =>
        new HtmlParser().ParseDocument(html).All
            .SelectMany(element => element.Attributes)
            .Select(attribute => attribute.Name)
            .Where(name => name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            .ToList();
}
