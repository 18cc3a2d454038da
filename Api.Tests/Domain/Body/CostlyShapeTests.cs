namespace Cms.Api.Tests.Domain.Body;

[TestFixture]
public sealed class CostlyShapeTests
{
    [Test]
    public void A_link_address_nested_deeper_than_thirty_two_parentheses_reads_the_body_as_plain_text()
    {
        var html = SampleStories.Render("# Titre\n\n" + string.Concat(Enumerable.Repeat("[a](", 100_000))).Html;

        Assert.That(html, Does.StartWith("<p># Titre</p>\n<p>[a]([a]("));
    }

    [Test]
    public void A_link_address_nested_thirty_two_parentheses_deep_still_links()
    {
        var address = "https://news.example/" + new string('(', 32) + new string(')', 32);

        var html = SampleStories.Render("# Titre\n\n[lien](" + address + ")").Html;

        Assert.That(html, Does.StartWith("<h1>Titre</h1>\n<p><a href=\"" + address + "\">lien</a></p>"));
    }

    [Test]
    public void A_paragraph_of_more_than_a_thousand_link_definitions_reads_the_body_as_plain_text()
    {
        var html = SampleStories.Render("# Titre\n\n" + string.Concat(Enumerable.Repeat("[a]: https://news.example\n", 70_000))).Html;

        Assert.That(html, Does.StartWith("<p># Titre</p>\n<p>[a]: https://news.example\n[a]: https://news.example\n"));
    }

    [Test]
    public void A_thousand_link_definitions_still_define_links()
    {
        var definitions = string.Concat(Enumerable.Range(0, 1000).Select(i => $"[a{i}]: https://news.example/{i}\n"));

        var html = SampleStories.Render("# Titre\n\n" + definitions + "\nVoir [a999].").Html;

        Assert.That(html, Is.EqualTo("<h1>Titre</h1>\n<p>Voir <a href=\"https://news.example/999\">a999</a>.</p>\n"));
    }

    [Test]
    public void A_paragraph_with_more_than_a_thousand_square_brackets_open_at_once_reads_the_body_as_plain_text()
    {
        var brackets = string.Concat(Enumerable.Repeat("[a", 1001)) + string.Concat(Enumerable.Repeat("](b)", 1001));

        var html = SampleStories.Render("# Titre\n\n" + brackets).Html;

        Assert.That(html, Does.StartWith("<p># Titre</p>\n<p>[a[a[a"));
    }

    [Test]
    public void A_thousand_square_brackets_open_at_once_or_in_turn_across_paragraphs_still_link()
    {
        var brackets = string.Concat(Enumerable.Repeat("[a", 1000)) + string.Concat(Enumerable.Repeat("](b)", 1000));
        var escaped = string.Concat(Enumerable.Repeat("\\[", 2000));
        var paragraphs = string.Concat(Enumerable.Repeat("[a\n\n", 2000));

        var html = SampleStories.Render("# Titre\n\n" + escaped + "\n\n" + paragraphs + brackets).Html;

        Assert.That(html, Does.StartWith("<h1>Titre</h1>\n<p>[[[").And.Contains("<a href=\"b\">a</a>"));
    }
}
