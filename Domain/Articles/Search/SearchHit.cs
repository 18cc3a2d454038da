using System.Text;

namespace Cms.Domain.Articles.Search;

/// <summary>How an article matched a search.</summary>
/// <param name="Snippet">The best-matching passage, matched words between <see cref="MatchStart"/> and <see cref="MatchEnd"/>.</param>
/// <param name="Score">Higher is a better match, comparable only within one search; null unless sorted by relevance.</param>
public sealed record SearchHit(string Snippet, double? Score)
{
    /// <summary>Marks where a matched word starts in the raw snippet (a private-use character no text carries).</summary>
    public const char MatchStart = '\uE000';

    /// <summary>Marks where a matched word ends in the raw snippet.</summary>
    public const char MatchEnd = '\uE001';

    /// <summary>The snippet as safe HTML: text escaped, matched words in <c>&lt;mark&gt;</c>.</summary>
    public string Highlighted
    {
        get
        {
            var parts = Snippet.Split(MatchStart);
            var html = new StringBuilder(Snippet.Length + 32);
            Escape(html, parts[0]);
            foreach (var part in parts.Skip(1))
            {
                var end = part.IndexOf(MatchEnd, StringComparison.Ordinal);
                if (end < 0) end = part.Length;
                Escape(html.Append("<mark>"), part[..end]);
                Escape(html.Append("</mark>"), part[Math.Min(end + 1, part.Length)..]);
            }
            return html.ToString();
        }
    }

    private static void Escape(StringBuilder html, string text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                MatchEnd => html,
                _ => html.Append(c),
            };
        }
    }
}
