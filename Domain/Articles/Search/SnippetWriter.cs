using System.Text;
using Cms.Domain.Common;

namespace Cms.Domain.Articles.Search;

/// <summary>
/// Picks the passage of a text that best shows why it matched a search, and marks the matched words with
/// <see cref="SearchHit.MatchStart"/> and <see cref="SearchHit.MatchEnd"/>. Words compare as search does:
/// without regard to case or accents, the last word of a prefix phrase as a prefix.
/// </summary>
public static class SnippetWriter
{
    /// <summary>Words shown around the matches.</summary>
    public const int Words = 24;

    /// <summary>The best passage of the first of <paramref name="texts"/> that holds a match, or null when none does.</summary>
    public static string? Write(SearchQuery query, params string?[] texts)
    {
        var terms = query.Alternatives.SelectMany(all => all).SelectMany(phrase => phrase.Words.Select((word, i) =>
            (Word: SortName.Of(word), Prefix: phrase.Prefix && i == phrase.Words.Count - 1))).Distinct().ToList();
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text)) continue;
            var tokens = Tokens(text);
            var matched = tokens.Select(token => terms.Any(term => Matches(Fold(text.AsSpan(token.Start, token.Length)), term))).ToArray();
            if (!matched.Contains(true)) continue;
            var start = BestWindow(matched);
            return Passage(text, tokens, matched, start, Math.Min(tokens.Count, start + Words));
        }
        return null;
    }

    private static readonly char[] Folded = new char[char.MaxValue + 1];

    // The word as SortName writes it (lowercase, no accents), one cached character at a time; half of a character past U+FFFF is kept.
    private static string Fold(ReadOnlySpan<char> word)
    {
        Span<char> folded = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        var length = 0;
        foreach (var c in word)
        {
            var f = Folded[c];
            if (f == '\0' && char.IsSurrogate(c)) f = Folded[c] = c;
            if (f == '\0')
            {
                var plain = SortName.Of(c.ToString());
                f = Folded[c] = plain.Length == 1 ? plain[0] : '\uFFFF';
            }
            if (f != '\uFFFF') folded[length++] = f;
        }
        return new string(folded[..length]);
    }

    private static bool Matches(string word, (string Word, bool Prefix) term) =>
        term.Prefix ? word.StartsWith(term.Word, StringComparison.Ordinal) : word == term.Word;

    private static int BestWindow(bool[] matched)
    {
        int best = 0, bestCount = -1, count = 0;
        for (var i = 0; i < matched.Length; i++)
        {
            if (matched[i]) count++;
            if (i >= Words && matched[i - Words]) count--;
            var start = Math.Max(0, i - Words + 1);
            if (count > bestCount)
            {
                (best, bestCount) = (start, count);
            }
        }
        // The window ends at a match: start a few words before its first match instead, so the reader sees it in context.
        var first = Array.IndexOf(matched, true, best);
        return Math.Max(best, first - 3);
    }

    private static string Passage(string text, List<(int Start, int Length)> tokens, bool[] matched, int from, int to)
    {
        var passage = new StringBuilder();
        if (from > 0) passage.Append('…');
        var position = from > 0 ? tokens[from].Start : 0;
        for (var i = from; i < to; i++)
        {
            var (start, length) = tokens[i];
            passage.Append(text, position, start - position);
            if (matched[i]) passage.Append(SearchHit.MatchStart).Append(text, start, length).Append(SearchHit.MatchEnd);
            else passage.Append(text, start, length);
            position = start + length;
        }
        if (to < tokens.Count) passage.Append('…');
        else passage.Append(text, position, text.Length - position);
        return passage.ToString().Replace('\n', ' ');
    }

    private static List<(int Start, int Length)> Tokens(string text)
    {
        var tokens = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i <= text.Length;)
        {
            var length = i < text.Length ? WordCharacters.At(text, i) : 0;
            if (length > 0 && start < 0) start = i;
            if (length == 0 && start >= 0)
            {
                tokens.Add((start, i - start));
                start = -1;
            }
            i += Math.Max(length, 1);
        }
        return tokens;
    }
}
