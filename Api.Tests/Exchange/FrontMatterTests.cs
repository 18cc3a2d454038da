using Cms.Api.Exchange;

namespace Cms.Api.Tests.Exchange;

public sealed class FrontMatterTests
{
    [Test]
    public void Front_matter_reads_quoted_scalars_lists_blocks_nested_keys_and_leaves_the_body_as_written()
    {
        var (matter, problem) = FrontMatter.Read("""
            ---
            title: 'L''été, "enfin"'  # comment
            tags: ["a, b", c, 'd']
            authors:
            - Claire Dubois
            - "Jean Dupuis"
            notes: |
              line one
              line two
            cover:
              image: https://img.example/x.jpg
            draft: yes
            date: 2024-05-01
            ---

            # Titre

            Corps.
            """);
        Assert.Multiple(() =>
        {
            Assert.That(problem, Is.Null);
            Assert.That(matter!.Text("title"), Is.EqualTo("L'été, \"enfin\""));
            Assert.That(matter.List("tags"), Is.EqualTo(new[] { "a, b", "c", "d" }));
            Assert.That(matter.List("authors"), Is.EqualTo(new[] { "Claire Dubois", "Jean Dupuis" }));
            Assert.That(matter.Text("notes"), Is.EqualTo("line one\nline two"));
            Assert.That(matter.Text("cover.image"), Is.EqualTo("https://img.example/x.jpg"));
            Assert.That(matter.Flag("draft"), Is.True);
            Assert.That(matter.Instant("date"), Is.EqualTo(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero)));
            Assert.That(matter.Body, Is.EqualTo("# Titre\n\nCorps."));
        });
    }

    [TestCase("no front matter\n")]
    [TestCase("+++\ntitle = \"x\"\n+++\n")]
    [TestCase("---\ntitle: never closed\n")]
    public void A_file_without_yaml_front_matter_is_refused_with_a_reason(string text) =>
        Assert.That(FrontMatter.Read(text).Problem, Is.Not.Null.And.Not.Empty);
}
