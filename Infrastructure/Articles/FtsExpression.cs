using Cms.Domain.Articles.Search;

namespace Cms.Infrastructure.Articles;

/// <summary>Writes a parsed search as an FTS5 query: every word quoted, so no character the reader typed is syntax.</summary>
internal static class FtsExpression
{
    public static string Of(SearchQuery query)
    {
        var alternatives = string.Join(" OR ", query.Alternatives.Select(all => "(" + string.Join(" AND ", all.Select(Phrase)) + ")"));
        return query.Excluded.Aggregate($"({alternatives})", (expression, phrase) => $"{expression} NOT {Phrase(phrase)}");
    }

    private static string Phrase(SearchPhrase phrase) =>
        "\"" + string.Join(' ', phrase.Words).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (phrase.Prefix ? " *" : "");
}
