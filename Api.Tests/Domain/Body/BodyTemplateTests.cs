using Cms.Domain.Articles.Body;

namespace Cms.Api.Tests.Domain.Body;

[TestFixture]
public sealed class BodyTemplateTests
{
    private const string Story = "Avant.\n\n  [[read-also: published-story]]  \n\n[[read-also: unknown]]\n\nAprès *tout*.";

    [Test]
    public void Template_without_rendering_is_the_rendered_markdown_template()
    {
        var template = ArticleBody.Parse(Story).Template(SampleStories.Targets);

        Assert.That(template, Is.EqualTo(SampleStories.Render(Story).Markdown));
        Assert.That(template, Is.EqualTo($"Avant.\n\n  {SampleStories.Marker(SampleStories.Published)}  \n\nAprès *tout*."));
    }

    [Test]
    public void A_body_renders_the_same_every_time_and_from_several_threads()
    {
        var body = ArticleBody.Parse(Story);
        var first = body.Render(SampleStories.Targets);

        var again = Enumerable.Range(0, 8).AsParallel().Select(_ => body.Render(SampleStories.Targets)).ToList();

        Assert.That(again, Has.All.EqualTo(first));
    }
}
