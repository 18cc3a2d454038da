using Cms.Domain.Articles.Search;

namespace Cms.Api.Tests.Domain.Search;

/// <summary>How a reader's search text is understood, written back as alternatives of phrases (a star marks a prefix).</summary>
public sealed class SearchQueryTests
{
    [TestCase("renault", "[renault*]")]
    [TestCase("plan renault", "[plan] [renault*]")]
    [TestCase("  plan \t renault  ", "[plan] [renault*]")]
    [TestCase("Été AKTUÁLNĚ", "[Été] [AKTUÁLNĚ*]")]
    [TestCase("ab", "[ab]")]
    [TestCase("plan ab", "[plan] [ab]")]
    [TestCase("b\u0301\u0301", "[b\u0301\u0301]")]
    [TestCase("plan ab\u0301c", "[plan] [ab\u0301c]")]
    [TestCase("ab\u0301cde", "[ab\u0301cde*]")]
    public void Words_must_all_match_and_the_last_word_typed_is_a_prefix_when_it_ends_with_three_letters(string text, string expected) =>
        Assert.That(Describe(text), Is.EqualTo(expected));

    [TestCase("licenci*", "[licenci*]")]
    [TestCase("licenci* renault", "[licenci*] [renault*]")]
    [TestCase("plan renault*", "[plan] [renault*]")]
    [TestCase("renault***", "[renault*]")]
    public void A_trailing_star_makes_any_word_a_prefix(string text, string expected) =>
        Assert.That(Describe(text), Is.EqualTo(expected));

    [TestCase("\"plan de licenciement\"", "[plan de licenciement]")]
    [TestCase("\"plan de licenci\"*", "[plan de licenci*]")]
    [TestCase("renault \"plan de\"", "[renault] [plan de]")]
    [TestCase("\"plan\"\"social\"", "[plan] [social]")]
    [TestCase("\"l’été, enfin!\"", "[l été enfin]")]
    public void Quoted_words_are_one_phrase_and_never_a_prefix_unless_starred(string text, string expected) =>
        Assert.That(Describe(text), Is.EqualTo(expected));

    [TestCase("derby -budget", "[derby*] -[budget]")]
    [TestCase("-budget derby", "[derby*] -[budget]")]
    [TestCase("dubois -\"plan social\" -climat*", "[dubois*] -[plan social] -[climat*]")]
    public void A_leading_minus_excludes_a_word_or_phrase(string text, string expected) =>
        Assert.That(Describe(text), Is.EqualTo(expected));

    [TestCase("aktualne OR secheresse", "[aktualne] | [secheresse*]")]
    [TestCase("derby goal OR praha", "[derby] [goal] | [praha*]")]
    [TestCase("OR renault", "[renault*]")]
    [TestCase("renault OR", "[renault*]")]
    [TestCase("renault OR OR plan", "[renault] | [plan*]")]
    [TestCase("renault or plan", "[renault] [or] [plan*]")]
    [TestCase("renault -OR plan", "[renault] [plan*] -[OR]")]
    public void Upper_case_OR_between_words_gives_alternatives(string text, string expected) =>
        Assert.That(Describe(text), Is.EqualTo(expected));

    [TestCase("title:renault", "[title renault*]")]
    [TestCase("NEAR(renault plan)", "[NEAR renault] [plan*]")]
    [TestCase("{title}: ^renault", "[title] [renault*]")]
    [TestCase("renault AND plan", "[renault] [AND] [plan*]")]
    [TestCase("l'été", "[l été*]")]
    [TestCase("+renault", "[renault*]")]
    [TestCase("re*nault", "[re nault*]")]
    public void Query_language_characters_only_separate_words(string text, string expected) =>
        Assert.That(Describe(text), Is.EqualTo(expected));

    [TestCase("CO₂ émissions", "[CO₂] [émissions*]")]
    [TestCase("m³ ½ chapitre Ⅻ", "[m³] [½] [chapitre] [Ⅻ]")]
    [TestCase("𠮷野家", "[𠮷野家*]")]
    public void Numbers_of_every_kind_and_letters_past_U_FFFF_are_part_of_a_word_as_the_index_reads_them(string text, string expected) =>
        Assert.That(Describe(text), Is.EqualTo(expected));

    [TestCase("e\u0301te\u0301", "[été*]")]
    public void Text_is_read_in_composed_form(string text, string expected) =>
        Assert.That(Describe(text), Is.EqualTo(expected));

    [TestCase("", "has no words to search for")]
    [TestCase("   ", "has no words to search for")]
    [TestCase("***", "has no words to search for")]
    [TestCase("()", "has no words to search for")]
    [TestCase("\"\"", "has no words to search for")]
    [TestCase("- * ( ) : ^", "has no words to search for")]
    [TestCase("OR", "has no words to search for")]
    [TestCase("-renault", "has no words to search for")]
    [TestCase("\"plan de", "has a quote that is never closed")]
    [TestCase("renault \"", "has a quote that is never closed")]
    [TestCase("\"a\" \"b", "has a quote that is never closed")]
    [TestCase("ab*", "has the prefix 'ab*'; a prefix needs at least 3 letters")]
    [TestCase("\"plan de li\"*", "has the prefix 'li*'; a prefix needs at least 3 letters")]
    [TestCase("renault -ab*", "has the prefix 'ab*'; a prefix needs at least 3 letters")]
    [TestCase("b\u0301\u0301*", "has the prefix 'b\u0301\u0301*'; a prefix needs at least 3 letters")]
    [TestCase("renault -q\u0331\u0331*", "has the prefix 'q\u0331\u0331*'; a prefix needs at least 3 letters")]
    [TestCase("\"budget ab\u0301\u0301\u0301\"*", "has the prefix 'ab\u0301\u0301\u0301*'; a prefix needs at least 3 letters")]
    [TestCase("नमस्ते*", "has the prefix 'नमस्ते*'; a prefix needs at least 3 letters")]
    public void Text_that_cannot_be_searched_is_refused_naming_q(string text, string message)
    {
        var parsed = SearchQuery.Parse(text);
        Assert.Multiple(() =>
        {
            Assert.That(parsed.Value, Is.Null);
            Assert.That(parsed.Failure!.Errors!.Keys, Is.EqualTo(new[] { "q" }));
            Assert.That(parsed.Failure.Errors["q"], Is.EqualTo(new[] { message }));
        });
    }

    [Test]
    public void At_most_200_characters_are_read()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SearchQuery.Parse(new string('a', SearchQuery.MaxLength)).Succeeded, Is.True);
            Assert.That(SearchQuery.Parse(new string('a', SearchQuery.MaxLength + 1)).Failure!.Errors!["q"],
                Is.EqualTo(new[] { "must be at most 200 characters" }));
        });
    }

    [Test]
    public void At_most_12_words_and_phrases_are_read_counting_exclusions()
    {
        var twelve = string.Join(' ', Enumerable.Range(1, 11).Select(i => $"word{i}")) + " -other";
        var thirteen = twelve + " more";
        Assert.Multiple(() =>
        {
            Assert.That(SearchQuery.Parse(twelve).Succeeded, Is.True);
            Assert.That(SearchQuery.Parse(thirteen).Failure!.Errors!["q"], Is.EqualTo(new[] { "has more than 12 words and phrases" }));
        });
    }

    private static string Describe(string text)
    {
        var parsed = SearchQuery.Parse(text);
        Assert.That(parsed.Failure, Is.Null, $"'{text}' was refused: {parsed.Failure?.Detail}");
        var query = parsed.Value!;
        var alternatives = string.Join(" | ", query.Alternatives.Select(all => string.Join(' ', all.Select(Phrase))));
        return string.Concat(alternatives, string.Concat(query.Excluded.Select(phrase => " -" + Phrase(phrase))));
    }

    private static string Phrase(SearchPhrase phrase) => $"[{string.Join(' ', phrase.Words)}{(phrase.Prefix ? "*" : "")}]";
}
