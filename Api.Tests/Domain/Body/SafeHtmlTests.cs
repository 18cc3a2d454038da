using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Cms.Domain.Articles.Body;

namespace Cms.Api.Tests.Domain.Body;

/// <summary>The HTML written from the syntax tree holds only what the allowlist names, whatever Markdown comes in.</summary>
[TestFixture]
public sealed class SafeHtmlTests
{
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["p"] = [], ["h1"] = [], ["h2"] = [], ["h3"] = [], ["h4"] = [], ["h5"] = [], ["h6"] = [], ["blockquote"] = [],
        ["ul"] = [], ["ol"] = ["start"], ["li"] = [], ["em"] = [], ["strong"] = [], ["del"] = [], ["code"] = ["class"],
        ["pre"] = [], ["a"] = ["href", "title"], ["img"] = ["src", "alt", "title"], ["hr"] = [], ["br"] = [],
    };

    private static readonly string[] Hostile =
    [
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>", "<iframe src=//evil>",
        "<svg onload=alert(1)>", "<style>*{}</style>", "<!-- c -->", "[a](javascript:alert(1))", "[a](JAVASCRIPT:alert(1))",
        "[a](java\tscript:x)", "[a](&#x6A;avascript:x)", "[a](vbscript:x)", "[a](data:text/html,x)", "![i](data:image/svg+xml,x)",
        "![i](javascript:x \"t\\\" onerror=\\\"x\")", "<javascript:alert(1)>", "<mailto:a@b.example>", "www.news.example/a?b=1&c=2",
        "[a](</x y> 'ti\"tle')", "```x\" onmouseover=\"y\ncode\n```", "``` &{evil}\nx\n```", "- a\n  - b\n\n  c", "> q\n> > r",
        "1. a\n2. b", "7) x", "# h\n\nSetext\n===", "***", "a  \nb\\\nc", "[[read-also: published-story]]", "*em* **strong** ~~del~~ `code`",
        "[outer <https://inner.example> text](https://outer.example)", "&nbsp;&amp;&lt;&gt;&quot;&#0;&#13;", "[a](?q=a:b)", "\"'<>&",
    ];

    private static IEnumerable<string> Corpus()
    {
        foreach (var piece in Hostile) yield return piece;
        var random = new Random(20261126);
        for (var n = 0; n < 500; n++)
        {
            var count = random.Next(2, 12);
            yield return string.Join(random.Next(3) == 0 ? "\n" : " ", Enumerable.Range(0, count).Select(_ => Hostile[random.Next(Hostile.Length)]));
        }
    }

    [Test]
    public void Every_element_and_attribute_of_hostile_markdown_is_on_the_allowlist()
    {
        var parser = new HtmlParser();
        var offences = new List<string>();
        foreach (var markdown in Corpus())
        {
            var html = SampleStories.Render(markdown).Html;
            foreach (var element in parser.ParseDocument(html).Body!.Descendants<IElement>())
            {
                var name = element.LocalName;
                if (!Allowed.TryGetValue(name, out var attributes)) offences.Add($"<{name}> from {markdown}");
                else offences.AddRange(element.Attributes.Where(a => !attributes.Contains(a.Name)).Select(a => $"{name}@{a.Name} from {markdown}"));
                foreach (var address in new[] { element.GetAttribute("href"), element.GetAttribute("src") }.OfType<string>())
                {
                    if (!IsSafe(address)) offences.Add($"{name} to {address} from {markdown}");
                }
            }
        }

        Assert.That(offences, Is.Empty);
    }

    [Test]
    public void Raw_html_comments_and_markers_written_by_readers_stay_text()
    {
        var html = SampleStories.Render("<!--read-also:0d6f3b8a-1c2e-4f5a-9b7c-8d9e0f1a2b3c-->\n\n<!-- note -->").Html;

        Assert.That(ReadAlsoSplice.Targets(html), Is.Empty);
        Assert.That(html, Is.EqualTo("<p>&lt;!--read-also:0d6f3b8a-1c2e-4f5a-9b7c-8d9e0f1a2b3c--&gt;</p>\n<p>&lt;!-- note --&gt;</p>\n"));
    }

    [Test]
    public void Link_inside_a_link_keeps_the_outer_anchor_and_only_the_inner_text()
    {
        var html = SampleStories.Render("[voir <https://inner.example> ici](https://outer.example)").Html;

        Assert.That(html, Is.EqualTo("<p><a href=\"https://outer.example\">voir https://inner.example ici</a></p>\n"));
    }

    [Test]
    public void Image_source_may_not_be_a_mail_address()
    {
        var html = SampleStories.Render("![portrait](mailto:redaction@news.example)").Html;

        Assert.That(html, Is.EqualTo("<p><img alt=\"portrait\"></p>\n"));
    }

    [Test]
    public void Relative_address_with_a_colon_after_its_query_keeps_its_href()
    {
        var html = SampleStories.Render("[recherche](?q=heure:12h)").Html;

        Assert.That(html, Is.EqualTo("<p><a href=\"?q=heure:12h\">recherche</a></p>\n"));
    }

    [Test]
    public void Address_is_percent_encoded_with_an_ascii_host_and_escaped_once_in_its_attribute()
    {
        var html = SampleStories.Render("[livres](https://bücher.example/été?a=1&b=\"2\")").Html;

        Assert.That(html, Is.EqualTo("<p><a href=\"https://xn--bcher-kva.example/%C3%A9t%C3%A9?a=1&amp;b=%222%22\">livres</a></p>\n"));
    }

    [Test]
    public void Text_escapes_markup_characters_and_no_break_spaces_but_not_quotes()
    {
        var html = SampleStories.Render("Il a dit « \"oui\" » & <b>\u00a0non</b>").Html;

        Assert.That(html, Is.EqualTo("<p>Il a dit « \"oui\" » &amp; &lt;b&gt;&nbsp;non&lt;/b&gt;</p>\n"));
    }

    [Test]
    public void Image_alternative_text_is_the_plain_text_of_its_description()
    {
        var html = SampleStories.Render("![Le *maire* et `code`\n\"lui\"](/img/m.jpg \"Crédit : AFP\")").Html;

        Assert.That(html, Is.EqualTo("<p><img src=\"/img/m.jpg\" alt=\"Le maire et code\n&quot;lui&quot;\" title=\"Crédit : AFP\"></p>\n"));
    }

    [Test]
    public void Lists_quotes_code_and_breaks_are_laid_out_one_element_per_line()
    {
        var html = SampleStories.Render("> cité\n\n3. trois\n4. quatre\n\n- a\n\n- b\n\n```py\nx = 1\n```\n\nfin  \nligne\n\n---").Html;

        Assert.That(html, Is.EqualTo(
            "<blockquote>\n<p>cité</p>\n</blockquote>\n<ol start=\"3\">\n<li>trois</li>\n<li>quatre</li>\n</ol>\n"
            + "<ul>\n<li><p>a</p>\n</li>\n<li><p>b</p>\n</li>\n</ul>\n<pre><code class=\"language-py\">x = 1\n</code></pre>\n"
            + "<p>fin<br>\nligne</p>\n<hr>\n"));
    }

    private static bool IsSafe(string address)
    {
        var colon = address.IndexOf(':', StringComparison.Ordinal);
        var firstDelimiter = address.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (firstDelimiter >= 0 && firstDelimiter < colon)) return true;
        return address[..colon].ToLowerInvariant() is "http" or "https" or "mailto";
    }
}
