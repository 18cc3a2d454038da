using Cms.Api.Exchange;
using Cms.Domain.Common;

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
            Assert.That(matter.Flag("draft"), Is.EqualTo(((bool?)true, (Failure?)null)));
            Assert.That(matter.Instant("date"), Is.EqualTo(((DateTimeOffset?)new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), (Failure?)null)));
            Assert.That(matter.Body, Is.EqualTo("# Titre\n\nCorps."));
        });
    }

    [TestCase("\"caf\\u00e9\"", "café")]
    [TestCase("\"\\x41\\U0001F600\\t\\\"q\\\" \\\\\"", "A😀\t\"q\" \\")]
    [TestCase("\"\\u12\"", "u12")]
    public void A_double_quoted_scalar_reads_its_escapes(string yaml, string text) =>
        Assert.That(FrontMatter.Read($"---\ntitle: {yaml}\n---\n").Matter!.Text("title"), Is.EqualTo(text));

    [TestCase("draft: on", true)]
    [TestCase("draft: Off", false)]
    [TestCase("draft: NO", false)]
    [TestCase("draft: ~", null)]
    [TestCase("draft:", null)]
    public void A_flag_is_read_as_yaml_spells_it_or_as_absent(string yaml, bool? flag) =>
        Assert.That(FrontMatter.Read($"---\n{yaml}\n---\n").Matter!.Flag("draft"), Is.EqualTo((flag, (Failure?)null)));

    [TestCase("draft: 1", "draft")]
    [TestCase("draft: [true]", "draft")]
    [TestCase("date: 2020-31-12", "date")]
    [TestCase("date: [2020-01-01]", "date")]
    [TestCase("date: 2020-01-01T10:00:00+14:01", "date")]
    [TestCase("date: 01/02/2023", "date")]
    [TestCase("date: 1.2.2023", "date")]
    [TestCase("date: 2023-11-17 08:00:00 CET", "date")]
    public void A_flag_or_date_it_cannot_read_is_a_problem_naming_its_key(string yaml, string key)
    {
        var matter = FrontMatter.Read($"---\n{yaml}\n---\n").Matter!;
        var problem = key == "draft" ? matter.Flag(key).Problem : matter.Instant(key).Problem;

        Assert.That(problem?.Errors?.Keys, Is.EqualTo(new[] { key }));
    }

    [TestCase("no front matter\n")]
    [TestCase("+++\ntitle = \"x\"\n+++\n")]
    [TestCase("---\ntitle: never closed\n")]
    public void A_file_without_yaml_front_matter_is_refused_with_a_reason(string text) =>
        Assert.That(FrontMatter.Read(text).Problem, Is.Not.Null.And.Not.Empty);

    [TestCase("title:\n  - Un\n  - Deux", "title", "must be a text, not a list")]
    [TestCase("title: [Un]", "title", "must be a text, not a list")]
    [TestCase("title:\n  fr: Un\n  en: One", "title", "must not be a map (nested keys)")]
    [TestCase("title: {fr: Un}", "title", "must not be a map (nested keys)")]
    [TestCase("base: &t Un\ntitle: *t", "title", "is the alias *t, which is not read: write the value itself")]
    [TestCase("title: Un\ntitle: Deux", "title", "is given twice")]
    [TestCase("tags:\n  - name: Un\n  - name: Deux", "tags", "must not be a list of maps")]
    [TestCase("tags:\n  - *t", "tags", "is the alias *t, which is not read: write the value itself")]
    [TestCase("title: \"Un\ndraft: true", "title", "has a quote that is not closed")]
    public void A_field_read_from_a_key_holding_what_it_cannot_take_is_a_problem_naming_the_key(string yaml, string key, string problem)
    {
        var matter = FrontMatter.Read($"---\n{yaml}\n---\n").Matter!;
        matter.Text("title");
        matter.List("tags");

        Assert.That(matter.Problem?.Errors?[key], Is.EqualTo(new[] { problem }));
    }

    [Test]
    public void A_map_is_read_through_its_entries_an_anchor_or_tag_is_dropped_and_unread_keys_may_hold_anything()
    {
        var matter = FrontMatter.Read("---\ntitle: &t !!str Un\ncover:\n  image: x.jpg\nauthor:\n  name: Claire\nparams: [a]\nparams: {b: c}\n---\n").Matter!;

        Assert.Multiple(() =>
        {
            Assert.That(matter.Text("title"), Is.EqualTo("Un"));
            Assert.That(matter.Text("cover.image", "cover"), Is.EqualTo("x.jpg"));
            Assert.That(matter.List("author", "author.name"), Is.EqualTo(new[] { "Claire" }));
            Assert.That(matter.Problem, Is.Null);
        });
    }

    [TestCase("2023-11-17", "2023-11-17T00:00:00+00:00")]
    [TestCase("2023-11-17 08:00:00 +0100", "2023-11-17T07:00:00+00:00")]
    [TestCase("'2023-11-17T08:00:00-05:00'", "2023-11-17T13:00:00+00:00")]
    [TestCase("2023-11-17 08:00:00 UTC", "2023-11-17T08:00:00+00:00")]
    [TestCase("2023-11-17 08:00:00.000000000 +0100 CET", "2023-11-17T07:00:00+00:00")]
    [TestCase("Fri, 17 Nov 2023 08:00:00 GMT", "2023-11-17T08:00:00+00:00")]
    [TestCase("2023/11/17", "2023-11-17T00:00:00+00:00")]
    public void A_date_is_read_as_jekyll_hugo_and_wordpress_write_it(string yaml, string instant) =>
        Assert.That(FrontMatter.Read($"---\ndate: {yaml}\n---\n").Matter!.Instant("date").Instant, Is.EqualTo(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));

    [Test]
    public void A_long_value_folded_over_the_lines_below_its_key_is_read_whole()
    {
        var matter = FrontMatter.Read("---\ntitle: \"Un titre long: qui\n  continue\"\ndescription: Un résumé\n  sur deux lignes # note\ntags: [a,\n  b]\n---\n").Matter!;

        Assert.Multiple(() =>
        {
            Assert.That(matter.Text("title"), Is.EqualTo("Un titre long: qui continue"));
            Assert.That(matter.Text("description"), Is.EqualTo("Un résumé sur deux lignes"));
            Assert.That(matter.List("tags"), Is.EqualTo(new[] { "a", "b" }));
        });
    }
}
