using Cms.Infrastructure.Articles;
using Microsoft.Data.Sqlite;

namespace Cms.Api.Tests.Storage;

/// <summary>A search's prefix is looked up among the indexed words by the key <see cref="PrefixTerms.Key"/> gives it.</summary>
public sealed class PrefixTermsTests
{
    [TestCase("Élections")]
    [TestCase("électeurs")]
    [TestCase("Aktuálně")]
    [TestCase("ČESKÝ")]
    [TestCase("Ärger")]
    [TestCase("façade")]
    [TestCase("Ñandú")]
    [TestCase("naïve")]
    [TestCase("Liège2024")]
    public void A_prefix_key_is_the_word_as_the_search_index_spells_it(string word) =>
        Assert.That(PrefixTerms.Key(word), Is.EqualTo(Indexed(word)));

    [TestCase("Øresund")]
    [TestCase("Straße")]
    [TestCase("cœur")]
    public void A_word_whose_folding_only_the_index_knows_has_no_key(string word) => Assert.That(PrefixTerms.Key(word), Is.Null);

    // The word as the search index's tokenizer (0002_search_and_lists.sql) stores it.
    private static string Indexed(string word)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE VIRTUAL TABLE words USING fts5 (word, tokenize = 'unicode61 remove_diacritics 2');
            CREATE VIRTUAL TABLE indexed USING fts5vocab(words, 'row');
            INSERT INTO words (word) VALUES ($word);
            SELECT term FROM indexed;
            """;
        command.Parameters.AddWithValue("$word", word);
        return (string)command.ExecuteScalar()!;
    }
}
