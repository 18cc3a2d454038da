using Cms.Domain.Common;

namespace Cms.Api.Tests.Domain.Rules;

public sealed class LanguageAndHashtagTests
{
    [TestCase("fr", "fr")]
    [TestCase("EN-gb", "en-GB")]
    [TestCase("zh-hant-tw", "zh-Hant-TW")]
    [TestCase("es-419", "es-419")]
    public void Language_tags_are_normalised_to_their_conventional_case(string tag, string expected) =>
        Assert.That(LanguageTag.Normalize(tag), Is.EqualTo(expected));

    [TestCase("")]
    [TestCase("french")]
    [TestCase("fr_FR")]
    [TestCase("f")]
    public void Things_that_are_not_language_tags_are_refused(string tag) => Assert.That(LanguageTag.Normalize(tag), Is.Null);

    [Test]
    public void The_seed_hashtag_line_reads_as_words_without_their_hash_signs() =>
        Assert.That(Hashtag.ParseLine("#Pourquoi #Sam #Altman #été #licencié"),
            Is.EqualTo(new[] { "Pourquoi", "Sam", "Altman", "été", "licencié" }));

    [TestCase("#Sam")]
    [TestCase("Sam Altman")]
    [TestCase("a-b")]
    [TestCase("")]
    public void Hashtags_with_a_hash_spaces_or_punctuation_are_refused(string word) => Assert.That(Hashtag.Problem(word), Is.Not.Null);

    [TestCase("été")]
    [TestCase("ChatGPT_4")]
    [TestCase("Привет")]
    public void Hashtags_keep_unicode_letters_digits_and_underscores(string word) => Assert.That(Hashtag.Problem(word), Is.Null);
}

public sealed class SortNameTests
{
    [TestCase("Économie", "economie")]
    [TestCase("À relire", "a relire")]
    [TestCase("Aktuálně", "aktualne")]
    public void Sort_names_drop_accents_and_case(string name, string expected) => Assert.That(SortName.Of(name), Is.EqualTo(expected));
}
