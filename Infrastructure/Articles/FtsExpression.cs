using Cms.Domain.Articles.Search;

namespace Cms.Infrastructure.Articles;

/// <summary>Writes a parsed search as an FTS5 query: every word quoted, so no character the reader typed is syntax.</summary>
internal static class FtsExpression
{
    /// <summary>The query; a prefix with words in <paramref name="prefixTerms"/> becomes those words as alternatives.</summary>
    public static string Of(SearchQuery query, IReadOnlyDictionary<string, IReadOnlyList<string>> prefixTerms)
    {
        string Written(SearchPhrase phrase) => Phrase(phrase, prefixTerms);
        var alternatives = string.Join(" OR ", query.Alternatives.Select(all => "(" + string.Join(" AND ", all.Select(Written)) + ")"));
        return query.Excluded.Aggregate($"({alternatives})", (expression, phrase) => $"{expression} NOT {Written(phrase)}");
    }

    private static string Phrase(SearchPhrase phrase, IReadOnlyDictionary<string, IReadOnlyList<string>> prefixTerms)
    {
        if (phrase.Prefix && PrefixTerms.Key(phrase.Words[^1]) is { } prefix && prefixTerms.TryGetValue(prefix, out var terms) && terms.Count > 0)
            return "(" + string.Join(" OR ", terms.Select(term => Quoted([.. phrase.Words.SkipLast(1), term]))) + ")";
        return Quoted(phrase.Words) + (phrase.Prefix ? " *" : "");
    }

    private static string Quoted(IEnumerable<string> words) => "\"" + string.Join(' ', words).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
