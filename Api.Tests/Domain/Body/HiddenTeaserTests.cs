using System.Text.Json;
using Cms.Domain.Articles.Body;

namespace Cms.Api.Tests.Domain.Body;

[TestFixture]
public sealed class HiddenTeaserTests
{
    private const string Story = "Avant.\n\n[[read-also: published-story]]\n\nMilieu.\n\n[[read-also: draft-story]]\n\nAprès.";

    private static readonly RenderedBody Rendered = SampleStories.Render(Story);

    [TestCase("[M]", "[]")]
    [TestCase("[M,{\"type\":\"divider\"}]", "[{\"type\":\"divider\"}]")]
    [TestCase("[{\"type\":\"divider\"},M]", "[{\"type\":\"divider\"}]")]
    [TestCase("[{\"type\":\"divider\"},M,M,{\"type\":\"divider\"}]", "[{\"type\":\"divider\"},{\"type\":\"divider\"}]")]
    [TestCase("[M,M]", "[]")]
    public void Hidden_teasers_leave_valid_json(string template, string expected)
    {
        var blocks = ReadAlsoSplice.Blocks(template.Replace("M", SampleStories.BlockMarker(SampleStories.Unpublished), StringComparison.Ordinal), SampleStories.Visible);

        Assert.That(blocks, Is.EqualTo(expected));
        Assert.DoesNotThrow(() => JsonDocument.Parse(blocks).Dispose());
    }

    [TestCase("M\n\nB", "B")]
    [TestCase("A\n\nM", "A\n")]
    [TestCase("A\n\nM\n", "A\n")]
    [TestCase("A\r\n\r\nM\r\n\r\nB\r\n", "A\r\n\r\nB\r\n")]
    [TestCase("A\n\nM\n\nM\n\nB", "A\n\nB")]
    [TestCase("M", "")]
    public void Hidden_teaser_leaves_no_blank_gap_in_markdown(string template, string expected)
    {
        var markdown = ReadAlsoSplice.Markdown(template.Replace("M", SampleStories.Marker(SampleStories.Unpublished), StringComparison.Ordinal), SampleStories.Visible);

        Assert.That(markdown, Is.EqualTo(expected));
    }

    [TestCase("M\n\nB", "B")]
    [TestCase("A\n\nM", "A")]
    [TestCase("A\n\nM\n\nM", "A")]
    [TestCase("M", "")]
    public void Hidden_teaser_leaves_no_empty_paragraph_in_plain_text(string template, string expected)
    {
        var text = ReadAlsoSplice.PlainText(template.Replace("M", SampleStories.Marker(SampleStories.Unpublished), StringComparison.Ordinal), SampleStories.Visible, "fr");

        Assert.That(text, Is.EqualTo(expected));
    }

    [Test]
    public void Template_without_markers_is_returned_as_is()
    {
        var rendered = SampleStories.Render("Rien à *remplacer*.");
        var blocks = rendered.Blocks;

        Assert.That(ReadAlsoSplice.Html(rendered.Html, SampleStories.Visible, "fr"), Is.SameAs(rendered.Html));
        Assert.That(ReadAlsoSplice.PlainText(rendered.PlainText, SampleStories.Visible, "fr"), Is.SameAs(rendered.PlainText));
        Assert.That(ReadAlsoSplice.Blocks(blocks, SampleStories.Visible), Is.SameAs(blocks));
        Assert.That(ReadAlsoSplice.Markdown(rendered.Markdown, SampleStories.Visible), Is.SameAs(rendered.Markdown));
    }

    [Test]
    public void Every_teaser_hidden_gives_the_body_without_teasers()
    {
        var bare = SampleStories.Render("Avant.\n\nMilieu.\n\nAprès.");

        Assert.That(ReadAlsoSplice.Html(Rendered.Html, SampleStories.NoneVisible, "fr"), Is.EqualTo(bare.Html));
        Assert.That(ReadAlsoSplice.PlainText(Rendered.PlainText, SampleStories.NoneVisible, "fr"), Is.EqualTo(bare.PlainText));
        Assert.That(ReadAlsoSplice.Blocks(Rendered.Blocks, SampleStories.NoneVisible), Is.EqualTo(bare.Blocks));
        Assert.That(ReadAlsoSplice.Markdown(Rendered.Markdown, SampleStories.NoneVisible), Is.EqualTo(bare.Markdown));
    }
}
