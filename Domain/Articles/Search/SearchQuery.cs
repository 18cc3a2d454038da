using System.Text;
using Cms.Domain.Common;

namespace Cms.Domain.Articles.Search;

/// <summary>
/// What a reader typed into the search box, understood: alternatives (joined by <c>OR</c>) of words and
/// phrases that must all match, and words or phrases that must not. Databases translate it to their own syntax,
/// so the reader's text never reaches a query language raw.
/// </summary>
/// <param name="Alternatives">At least one alternative; each is a non-empty list of phrases that must all match.</param>
/// <param name="Excluded">Phrases that must not match (written with a leading <c>-</c>).</param>
public sealed record SearchQuery(IReadOnlyList<IReadOnlyList<SearchPhrase>> Alternatives, IReadOnlyList<SearchPhrase> Excluded)
{
    /// <summary>The longest query read, in characters.</summary>
    public const int MaxLength = 200;

    /// <summary>The most words and phrases a query may hold.</summary>
    public const int MaxTerms = 12;

    /// <summary>
    /// How many of the most recently created matching articles a search ranks and sorts: like a search engine's
    /// result window, it keeps a word found in nearly every article as quick to search as a rare one.
    /// </summary>
    public const int RecentMatches = 2000;

    /// <summary>The fewest letters a prefix may have, so that a prefix cannot ask for half the dictionary.</summary>
    public const int MinPrefixLength = 3;

    private const string Field = "q";

    /// <summary>
    /// Reads a query: words match anywhere, <c>"quoted words"</c> match as a phrase, <c>word*</c> matches as a prefix
    /// (and so does the last word typed), <c>-word</c> excludes, <c>OR</c> between words gives alternatives.
    /// Case and accents never matter.
    /// </summary>
    public static Outcome<SearchQuery> Parse(string text)
    {
        if (text.Length > MaxLength) return Failure.InvalidField(Field, $"must be at most {MaxLength} characters");
        var chunks = Chunks(text);
        if (chunks.Failure is { } unreadable) return unreadable;
        var alternatives = new List<List<SearchPhrase>> { new() };
        var excluded = new List<SearchPhrase>();
        var terms = 0;
        var lastPositive = chunks.Value!.FindLastIndex(chunk => !chunk.Negated && !chunk.IsOr);
        for (var i = 0; i < chunks.Value!.Count; i++)
        {
            var chunk = chunks.Value[i];
            if (chunk.IsOr)
            {
                if (alternatives[^1].Count > 0) alternatives.Add([]);
                continue;
            }
            var words = Words(chunk.Text);
            if (words.Count == 0) continue;
            var letters = WordCharacters.PrefixLetters(words[^1]);
            var prefix = chunk.ExplicitPrefix || (i == lastPositive && !chunk.Quoted && letters >= MinPrefixLength);
            if (prefix && letters < MinPrefixLength)
                return Failure.InvalidField(Field, $"has the prefix '{words[^1]}*'; a prefix needs at least {MinPrefixLength} letters");
            if (++terms > MaxTerms) return Failure.InvalidField(Field, $"has more than {MaxTerms} words and phrases");
            var phrase = new SearchPhrase(words, prefix);
            if (chunk.Negated) excluded.Add(phrase);
            else alternatives[^1].Add(phrase);
        }
        if (alternatives[^1].Count == 0) alternatives.RemoveAt(alternatives.Count - 1);
        if (alternatives.Count == 0) return Failure.InvalidField(Field, "has no words to search for");
        return new SearchQuery(alternatives, excluded);
    }

    private static Outcome<List<Chunk>> Chunks(string text)
    {
        var chunks = new List<Chunk>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            var negated = text[i] == '-';
            if (negated) i++;
            if (i < text.Length && text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                if (close < 0) return Failure.InvalidField(Field, "has a quote that is never closed");
                var prefix = close + 1 < text.Length && text[close + 1] == '*';
                chunks.Add(new Chunk(text[(i + 1)..close], negated, Quoted: true, prefix));
                i = close + (prefix ? 2 : 1);
                continue;
            }
            var end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '"') end++;
            var word = text[i..end];
            chunks.Add(word == "OR" && !negated
                ? new Chunk(word, false, false, false) { IsOr = true }
                : new Chunk(word.TrimEnd('*'), negated, Quoted: false, word.EndsWith('*')));
            i = end;
        }
        return chunks;
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var composed = UnicodeForms.Of(text, NormalizationForm.FormC);
        for (var i = 0; i < composed.Length;)
        {
            var length = WordCharacters.At(composed, i);
            if (length > 0) word.Append(composed, i, length);
            else Flush();
            i += Math.Max(length, 1);
        }
        Flush();
        return words;

        void Flush()
        {
            if (word.Length > 0) words.Add(word.ToString());
            word.Clear();
        }
    }

    private sealed record Chunk(string Text, bool Negated, bool Quoted, bool ExplicitPrefix)
    {
        public bool IsOr { get; init; }
    }
}

/// <summary>Words that must appear together, in order; the last one may be a prefix.</summary>
/// <param name="Words">One or more words, each only letters and digits.</param>
/// <param name="Prefix">True when the last word matches any word it begins.</param>
public sealed record SearchPhrase(IReadOnlyList<string> Words, bool Prefix);
