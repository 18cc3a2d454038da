using Cms.Domain.Articles.Body;

namespace Cms.Api.Tests.Domain.Body;

[TestFixture]
public sealed class ReadAlsoNotationTests
{
    [TestCase("[[read-also: published-story]]", "published-story")]
    [TestCase("[[read-also:published-story]]", "published-story")]
    [TestCase("[[READ-ALSO:  Published-Story  ]]", "Published-Story")]
    [TestCase("   [[Read-Also: 0D6F3B8A-1C2E-4F5A-9B7C-8D9E0F1A2B3C]]", "0D6F3B8A-1C2E-4F5A-9B7C-8D9E0F1A2B3C")]
    public void Whole_top_level_paragraph_is_a_teaser(string paragraph, string key)
    {
        var body = ArticleBody.Parse($"Avant.\n\n{paragraph}\n\nAprès.");

        Assert.That(body.ReadAlsoKeys, Is.EqualTo(new[] { key }));
    }

    [Test]
    public void Keys_come_in_document_order()
    {
        var body = ArticleBody.Parse("[[read-also: b]]\n\nTexte.\n\n[[read-also: a]]\n\n[[read-also: b]]");

        Assert.That(body.ReadAlsoKeys, Is.EqualTo(new[] { "b", "a", "b" }));
    }

    [TestCase("```\n[[read-also: published-story]]\n```")]
    [TestCase("~~~md\n[[read-also: published-story]]\n~~~")]
    [TestCase("Texte.\n\n    [[read-also: published-story]]")]
    [TestCase("> [[read-also: published-story]]")]
    [TestCase("- [[read-also: published-story]]")]
    [TestCase("1. [[read-also: published-story]]")]
    [TestCase("Lisez [[read-also: published-story]] ici.")]
    [TestCase("Une ligne\n[[read-also: published-story]]")]
    [TestCase("# [[read-also: published-story]]")]
    [TestCase("\\[[read-also: published-story]]")]
    [TestCase("[[read-also: not a slug]]")]
    public void Notation_outside_a_top_level_paragraph_of_its_own_stays_text(string markdown)
    {
        var body = ArticleBody.Parse(markdown);
        var rendered = body.Render(SampleStories.Targets);

        Assert.That(body.ReadAlsoKeys, Is.Empty);
        Assert.That(ReadAlsoSplice.Targets(rendered.Html), Is.Empty);
        Assert.That(rendered.PlainText, Does.Contain("read-also: "));
    }

    [Test]
    public void Teaser_with_unknown_target_is_dropped_from_every_format()
    {
        var rendered = ArticleBody.Parse("Avant.\n\n[[read-also: nowhere]]\n\nAprès.").Render(SampleStories.Targets);

        Assert.That(rendered.Html, Is.EqualTo("<p>Avant.</p>\n<p>Après.</p>\n"));
        Assert.That(rendered.PlainText, Is.EqualTo("Avant.\n\nAprès."));
        Assert.That(rendered.Markdown, Is.EqualTo("Avant.\n\nAprès."));
        Assert.That(rendered.Blocks, Does.Not.Contain("readAlso"));
    }

    [Test]
    public void Target_lookup_ignores_case()
    {
        var rendered = SampleStories.Render("[[read-also: Published-STORY]]");

        Assert.That(ReadAlsoSplice.Targets(rendered.Html), Is.EqualTo(new[] { SampleStories.Published }));
    }

    [Test]
    public void Markdown_template_swaps_only_the_teaser_text_for_its_marker()
    {
        const string source = "Avant  \r\n\r\n  [[read-also: published-story]]  \r\n\r\n> Citation *exacte*\r\n";

        var rendered = SampleStories.Render(source);

        Assert.That(rendered.Markdown, Is.EqualTo(
            $"Avant  \r\n\r\n  {SampleStories.Marker(SampleStories.Published)}  \r\n\r\n> Citation *exacte*\r\n"));
    }

    [Test]
    public void Markdown_is_kept_exactly_as_written()
    {
        const string source = "  Texte\t avec  espaces \r\n";

        Assert.That(ArticleBody.Parse(source).Markdown, Is.SameAs(source));
    }
}
