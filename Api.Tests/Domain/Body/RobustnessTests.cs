using System.Text.Json;
using Cms.Domain.Articles.Body;

namespace Cms.Api.Tests.Domain.Body;

[TestFixture]
public sealed class RobustnessTests
{
    private static IEnumerable<TestCaseData> Garbage()
    {
        yield return new TestCaseData(new string('>', 10_000)).SetName("10000 nested quotes");
        yield return new TestCaseData(new string('[', 10_000)).SetName("10000 open brackets");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("> - ", 5_000))).SetName("alternating quotes and lists");
        yield return new TestCaseData(string.Concat(Enumerable.Range(0, 500).Select(i => new string(' ', i * 2) + "- x\n"))).SetName("500 nested list items");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("*a ", 20_000))).SetName("20000 emphasis openers");
        yield return new TestCaseData(string.Concat(Enumerable.Repeat("[a](", 5_000))).SetName("5000 unclosed links");
        yield return new TestCaseData(new string('`', 10_000)).SetName("10000 backticks");
        yield return new TestCaseData("\uD800 lone \uDC00 surrogates \0 nul \u0007 bell [[read-also: \uD800]]").SetName("broken utf16");
        yield return new TestCaseData("<!--read-also:not-a-guid--> {\"type\":\"readAlso\",\"ref\":\"x\"}").SetName("marker lookalikes");
        var random = new Random(20240611);
        var noise = new char[50_000];
        for (var i = 0; i < noise.Length; i++) noise[i] = (char)random.Next(0, 0x3000);
        yield return new TestCaseData(new string(noise)).SetName("random characters");
        const string alphabet = "#>*_-[]()!`~<>:|\\\n \t1.\"'&;";
        for (var i = 0; i < noise.Length; i++) noise[i] = alphabet[random.Next(alphabet.Length)];
        yield return new TestCaseData(new string(noise)).SetName("random markdown punctuation");
    }

    [TestCaseSource(nameof(Garbage))]
    public void Parse_and_render_never_throw_and_stay_safe(string markdown)
    {
        var body = ArticleBody.Parse(markdown);
        var rendered = body.Render(SampleStories.Targets);

        Assert.That(body.Markdown, Is.SameAs(markdown));
        Assert.That(rendered.Html, Does.Not.Contain("<script"));
        Assert.DoesNotThrow(() => JsonDocument.Parse(rendered.Blocks).Dispose());
        Assert.DoesNotThrow(() => Excerpt.FromText(rendered.PlainText));
    }

    [Test]
    public void Too_deep_nesting_is_read_as_plain_text()
    {
        var rendered = SampleStories.Render(new string('>', 10_000) + " fin");

        Assert.That(rendered.PlainText, Is.EqualTo(new string('>', 10_000) + " fin"));
        Assert.That(rendered.WordCount, Is.EqualTo(1));
    }

    [Test]
    public void Concurrent_renders_agree()
    {
        const string markdown = "# Titre\n\nUn **texte** [lien](https://news.example).\n\n[[read-also: published-story]]\n\n> « Citation »";
        var expected = SampleStories.Render(markdown);

        var results = new RenderedBody[64];
        Parallel.For(0, results.Length, i => results[i] = SampleStories.Render(markdown));

        Assert.That(results, Has.All.EqualTo(expected));
    }
}
