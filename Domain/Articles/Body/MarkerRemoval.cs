using System.Text;

namespace Cms.Domain.Articles.Body;

/// <summary>Takes a teaser out of a template without leaving a gap, a blank paragraph or a stray comma.</summary>
/// <remarks>Each method gets the page written so far and the template offset just past the marker, and returns where to resume.</remarks>
internal static class MarkerRemoval
{
    /// <summary>HTML: the marker sits on its own line.</summary>
    internal static int Html(StringBuilder page, string template, int next) =>
        next < template.Length && template[next] == '\n' ? next + 1 : next;

    /// <summary>Plain text: the marker is a paragraph between blank lines.</summary>
    internal static int Paragraph(StringBuilder page, string template, int next)
    {
        if (template.AsSpan(next).StartsWith("\n\n", StringComparison.Ordinal)) return next + 2;
        if (EndsWith(page, "\n\n")) page.Length -= 2;
        return next;
    }

    /// <summary>Blocks JSON: the marker is one element of the array.</summary>
    internal static int JsonElement(StringBuilder page, string template, int next)
    {
        if (page.Length > 0 && page[^1] == ',') page.Length--;
        else if (next < template.Length && template[next] == ',') return next + 1;
        return next;
    }

    /// <summary>Markdown: the marker is a paragraph line; drop the line and one of the blank lines around it.</summary>
    internal static int Line(StringBuilder page, string template, int next)
    {
        var lineStart = page.Length;
        while (lineStart > 0 && page[lineStart - 1] is ' ' or '\t') lineStart--;
        var lineEnd = next;
        while (lineEnd < template.Length && template[lineEnd] is ' ' or '\t') lineEnd++;
        var breakLength = LineBreakAt(template, lineEnd);
        var alone = (lineStart == 0 || page[lineStart - 1] == '\n') && (breakLength > 0 || lineEnd == template.Length);
        if (!alone) return next;
        page.Length = lineStart;
        next = lineEnd + breakLength;
        if (!PreviousLineIsBlank(page)) return next;
        var blankEnd = next;
        while (blankEnd < template.Length && template[blankEnd] is ' ' or '\t') blankEnd++;
        var blankBreak = LineBreakAt(template, blankEnd);
        if (blankBreak > 0) return blankEnd + blankBreak;
        if (next == template.Length && page.Length > 0) page.Length -= EndsWith(page, "\r\n") ? 2 : 1;
        return next;
    }

    private static bool PreviousLineIsBlank(StringBuilder page)
    {
        if (page.Length == 0) return true;
        var at = page.Length - 1;
        if (at > 0 && page[at - 1] == '\r') at--;
        at--;
        while (at >= 0 && page[at] is ' ' or '\t') at--;
        return at < 0 || page[at] == '\n';
    }

    private static int LineBreakAt(string text, int at)
    {
        if (at >= text.Length) return 0;
        if (text[at] == '\n') return 1;
        return text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n' ? 2 : 0;
    }

    private static bool EndsWith(StringBuilder page, string tail)
    {
        if (page.Length < tail.Length) return false;
        for (var i = 0; i < tail.Length; i++)
        {
            if (page[page.Length - tail.Length + i] != tail[i]) return false;
        }
        return true;
    }
}
