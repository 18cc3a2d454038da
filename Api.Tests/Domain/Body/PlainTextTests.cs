namespace Cms.Api.Tests.Domain.Body;

[TestFixture]
public sealed class PlainTextTests
{
    private const string French =
        "“Sam et moi sommes choqués et triste de ce qu’a fait le conseil… Nous aussi” – Aktuálně\u00A0: «\u202Foui\u202F» 😀";

    [Test]
    public void Plain_text_keeps_french_typography_byte_for_byte()
    {
        var text = SampleStories.Render(French).PlainText;

        Assert.That(text, Is.EqualTo(French));
    }

    [Test]
    public void Emphasis_keeps_its_text_and_loses_its_markup()
    {
        var text = SampleStories.Render("Un **vote** *serré* et ~~rejeté~~ `x`.").PlainText;

        Assert.That(text, Is.EqualTo("Un vote serré et rejeté x."));
    }

    [Test]
    public void Blocks_read_as_paragraphs_apart_by_a_blank_line()
    {
        const string markdown = "# Titre\n\nPremier  \nparagraphe\nsuite.\n\n> Citée\n\n- a\n- b\n  1. c\n\n3. x\n4. y\n\n```js\nlet a;\nlet b;\n```\n\n---\n\nFin.";

        var text = SampleStories.Render(markdown).PlainText;

        Assert.That(text, Is.EqualTo(
            "Titre\n\nPremier\nparagraphe suite.\n\nCitée\n\n- a\n- b\n  1. c\n\n3. x\n4. y\n\nlet a;\nlet b;\n\nFin."));
    }

    [Test]
    public void Images_read_as_alt_text_and_links_as_their_text()
    {
        var text = SampleStories.Render("![La *place* du marché](/a.jpg)\n\nVoir [l’article](https://news.example/a) ou <https://news.example/b>.").PlainText;

        Assert.That(text, Is.EqualTo("La place du marché\n\nVoir l’article ou https://news.example/b."));
    }

    [Test]
    public void Teaser_is_a_paragraph_holding_only_its_marker()
    {
        var text = SampleStories.Render("Avant.\n\n[[read-also: published-story]]\n\nAprès.").PlainText;

        Assert.That(text, Is.EqualTo($"Avant.\n\n{SampleStories.Marker(SampleStories.Published)}\n\nAprès."));
    }

    [Test]
    public void Word_count_skips_teasers_and_punctuation_only_tokens()
    {
        var rendered = SampleStories.Render("Le maire – fâché : « non » …\n\n[[read-also: published-story]]\n\n50\u00A0% des voix, l’an 2024.");

        // Le maire fâché non 50 des voix l’an 2024
        Assert.That(rendered.WordCount, Is.EqualTo(9));
    }

    [Test]
    public void Empty_body_has_no_text_and_no_words()
    {
        var rendered = SampleStories.Render("");

        Assert.That(rendered.PlainText, Is.Empty);
        Assert.That(rendered.Html, Is.Empty);
        Assert.That(rendered.Blocks, Is.EqualTo("[]"));
        Assert.That(rendered.WordCount, Is.Zero);
    }
}
