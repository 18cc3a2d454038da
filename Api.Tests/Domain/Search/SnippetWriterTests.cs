using Cms.Domain.Articles.Search;

namespace Cms.Api.Tests.Domain.Search;

/// <summary>The passage shown for a hit: matched words marked as search compares them, around the best cluster of matches.</summary>
public sealed class SnippetWriterTests
{
    [TestCase("ete", "Un été caniculaire", "Un [été] caniculaire")]
    [TestCase("AKTUALNE", "Aktuálně z Prahy", "[Aktuálně] z Prahy")]
    [TestCase("licenci", "Plan de licenciement chez Renault", "Plan de [licenciement] chez Renault")]
    [TestCase("plan renault", "Le planning du plan Renault", "Le planning du [plan] [Renault]")]
    [TestCase("\"plan de\" renault", "Plan de Renault", "[Plan] [de] [Renault]")]
    [TestCase("derby -budget", "Budget and derby", "Budget and [derby]")]
    [TestCase("renault OR peugeot", "Peugeot et Renault", "[Peugeot] et [Renault]")]
    [TestCase("CO₂", "Moins de CO₂ et de CO", "Moins de [CO₂] et de CO")]
    [TestCase("𠮷野家", "Chez 𠮷野家 à Tokyo", "Chez [𠮷野家] à Tokyo")]
    public void Matched_words_are_marked_without_regard_to_case_or_accents_and_only_as_the_search_reads_them(string q, string text, string expected) =>
        Assert.That(Write(q, text), Is.EqualTo(expected));

    [Test]
    public void The_first_text_holding_a_match_gives_the_passage() =>
        Assert.That(Write("renault", "Le constructeur automobile.", null, "Plan chez Renault"), Is.EqualTo("Plan chez [Renault]"));

    [Test]
    public void No_passage_when_no_text_holds_a_matched_word() =>
        Assert.That(SnippetWriter.Write(SearchQuery.Parse("climat").Value!, "Les rivières sont à sec.", "Titre"), Is.Null);

    [Test]
    public void A_long_text_is_cut_to_24_words_around_the_matches_with_ellipses()
    {
        var words = Enumerable.Range(1, 100).Select(i => $"mot{i}").ToList();
        words[60] = "orage";
        var passage = Write("orage", string.Join(' ', words))!;
        Assert.Multiple(() =>
        {
            Assert.That(passage, Does.StartWith("…mot58 mot59 mot60 [orage] mot62"));
            Assert.That(passage, Does.EndWith("…"));
            Assert.That(passage.Trim('…').Split(' '), Has.Length.EqualTo(SnippetWriter.Words));
        });
    }

    [Test]
    public void A_match_near_the_start_keeps_the_words_before_it_and_the_cluster_after_it()
    {
        var words = Enumerable.Range(1, 100).Select(i => $"mot{i}").ToList();
        words[1] = "orage";
        words[20] = "orage";
        Assert.That(Write("orage", string.Join(' ', words)), Does.StartWith("mot1 [orage] mot3").And.Contain("mot20 [orage] mot22").And.EndWith("mot24…"));
    }

    [Test]
    public void A_passage_reaching_either_end_of_the_text_keeps_its_punctuation() =>
        Assert.That(Write("ete", "« Un été caniculaire ! »"), Is.EqualTo("« Un [été] caniculaire ! »"));

    [Test]
    public void Line_breaks_become_spaces_and_markup_stays_text() =>
        Assert.That(Write("pirate", "Un pirate\n\na glissé <script>"), Is.EqualTo("Un [pirate]  a glissé <script>"));

    private static string? Write(string q, params string?[] texts) =>
        SnippetWriter.Write(SearchQuery.Parse(q).Value!, texts)?.Replace(SearchHit.MatchStart, '[').Replace(SearchHit.MatchEnd, ']');
}
