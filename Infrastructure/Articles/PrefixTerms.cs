using System.Data.Common;
using System.Globalization;
using System.Text;
using Cms.Domain.Articles.Search;
using Dapper;

namespace Cms.Infrastructure.Articles;

/// <summary>
/// The indexed words that begin with each prefix of a search, kept until the content changes. Given a prefix, FTS5 merges
/// every match of every word that begins with it before it can seek to the window of recent matches; given the same words
/// as alternatives, it reads them only as far as the window, so that <c>centre</c> costs about what <c>"centre"</c> does.
/// </summary>
public sealed class PrefixTerms
{
    // Past this many words, a prefix is left to FTS5.
    private const int MostTerms = 24;

    private const string Sql = "SELECT term FROM article_search_vocabulary WHERE term >= @from AND term < @to ORDER BY term LIMIT @most";

    private readonly KeptUntilChange<IReadOnlyList<string>> kept = new(1024);

    /// <summary>
    /// The prefix as the index spells it: lowercase, accents removed (<c>Électi</c> is <c>electi</c>). Null when what is left
    /// is not plain ASCII letters and digits, such as <c>œ</c> or <c>ß</c>, which only the tokenizer knows how to fold.
    /// </summary>
    public static string? Key(string word)
    {
        var key = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (!char.IsAsciiLetterOrDigit(c)) return null;
            key.Append(char.ToLowerInvariant(c));
        }
        return key.ToString();
    }

    /// <summary>
    /// For each prefix of <paramref name="query"/> with a key, the words it stands for at <paramref name="version"/>; none when
    /// there are too many.
    /// </summary>
    internal async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ForAsync(DbConnection connection, SearchQuery query, string version)
    {
        var prefixes = query.Alternatives.SelectMany(all => all).Concat(query.Excluded)
            .Where(phrase => phrase.Prefix).Select(phrase => Key(phrase.Words[^1])).OfType<string>().Distinct().ToList();
        var terms = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var prefix in prefixes) terms[prefix] = await kept.GetAsync(prefix, version, () => TermsAsync(connection, prefix));
        return terms;
    }

    private static async Task<IReadOnlyList<string>> TermsAsync(DbConnection connection, string prefix)
    {
        var next = prefix[..^1] + (char)(prefix[^1] + 1);
        var found = (await connection.QueryAsync<string>(Sql, new { from = prefix, to = next, most = MostTerms + 1 })).ToList();
        return found.Count > MostTerms ? [] : found;
    }
}
