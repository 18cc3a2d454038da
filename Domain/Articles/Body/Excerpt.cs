using System.Text;

namespace Cms.Domain.Articles.Body;

/// <summary>The short text shown under a headline in lists, derived from the body.</summary>
public static class Excerpt
{
    private const char Ellipsis = '…';

    /// <summary>
    /// The opening text with line breaks and runs of spaces collapsed to one space, cut at a word
    /// boundary with "…" (counted in <paramref name="maxLength"/>) when too long. Teaser markers are skipped;
    /// no-break spaces and every other character are kept.
    /// </summary>
    public static string FromText(string plainText, int maxLength = 200)
    {
        ArgumentNullException.ThrowIfNull(plainText);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxLength);
        var text = Collapse(plainText, maxLength + 1);
        return text.Length <= maxLength ? text : Cut(text, maxLength);
    }

    /// <summary>The excerpt a Markdown body gives an article that is written none (its teasers left out).</summary>
    public static string FromBody(string markdown) =>
        FromText(ArticleBody.Parse(markdown).Render(new Dictionary<string, Guid>()).PlainText);

    // Stops once past the limit: only the opening is ever needed.
    private static string Collapse(string plainText, int enough)
    {
        var text = new StringBuilder(Math.Min(plainText.Length, enough + 1));
        var pendingSpace = false;
        foreach (var line in plainText.AsSpan().EnumerateLines())
        {
            if (ReadAlsoMarker.IsComment(line)) continue;
            foreach (var c in line)
            {
                if (IsBreakingSpace(c))
                {
                    pendingSpace = text.Length > 0;
                    continue;
                }
                if (pendingSpace) text.Append(' ');
                pendingSpace = false;
                text.Append(c);
                if (text.Length >= enough) break;
            }
            pendingSpace = text.Length > 0;
            if (text.Length >= enough) break;
        }
        return text.ToString();
    }

    private static string Cut(string text, int maxLength)
    {
        var room = maxLength - 1;
        if (room == 0) return Ellipsis.ToString();
        var cut = text[room] == ' ' ? room : text.LastIndexOf(' ', room - 1);
        // A trailing comma, dash or ellipsis before the added "…" reads as a typo.
        var kept = cut > 0 ? text.AsSpan(0, cut).TrimEnd(" ,;:–—…") : [];
        if (kept.IsEmpty)
        {
            // One word longer than the room: cut inside it, never between a surrogate pair.
            kept = text.AsSpan(0, char.IsHighSurrogate(text[room - 1]) ? room - 1 : room);
        }
        return string.Concat(kept, [Ellipsis]);
    }

    // No-break spaces are deliberate typography (before « : ; », in "50 %"), so they are never collapsed or cut at.
    private static bool IsBreakingSpace(char c) =>
        char.IsWhiteSpace(c) && c is not ('\u00A0' or '\u202F' or '\u2007');
}
