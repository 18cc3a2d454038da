namespace Cms.Api.Tests.Domain.Body;

[TestFixture]
public sealed class BareLinkTests
{
    [TestCase("Voir www.lesoir.be/actu.", "<p>Voir <a href=\"http://www.lesoir.be/actu\">www.lesoir.be/actu</a>.</p>\n")]
    [TestCase("Source : https://news.example/a?b=1&c=2", "<p>Source : <a href=\"https://news.example/a?b=1&amp;c=2\">https://news.example/a?b=1&amp;c=2</a></p>\n")]
    [TestCase("Écrire à mailto:redaction@news.example", "<p>Écrire à <a href=\"mailto:redaction@news.example\">redaction@news.example</a></p>\n")]
    [TestCase("*www.news.example*", "<p><em><a href=\"http://www.news.example\">www.news.example</a></em></p>\n")]
    [TestCase("[lien www.news.example](https://autre.example)", "<p><a href=\"https://autre.example\">lien www.news.example</a></p>\n")]
    [TestCase("ftp://fichiers.example et http:// seul", "<p><a>ftp://fichiers.example</a> et http:// seul</p>\n")]
    [TestCase("mailto:@news.example ou https://localhost", "<p>mailto:@news.example ou https://localhost</p>\n")]
    public void Bare_addresses_link_as_the_autolinks_dialect_links_them(string markdown, string expected)
    {
        Assert.That(SampleStories.Render(markdown).Html, Is.EqualTo(expected));
    }

    [Test]
    public void A_paragraph_of_fifty_thousand_bare_addresses_links_every_one()
    {
        var markdown = string.Concat(Enumerable.Repeat("www.news.example ", 50_000));

        var html = SampleStories.Render(markdown).Html;

        Assert.That(html.Split("<a href=\"http://www.news.example\">").Length - 1, Is.EqualTo(50_000));
    }
}
