using Markdig.Syntax;

namespace Cms.Domain.Articles.Body;

/// <summary>How a teaser is held open in a stored template until read time.</summary>
internal enum MarkerKind
{
    /// <summary><c>&lt;!--read-also:GUID--&gt;</c>, in HTML, plain text and Markdown templates.</summary>
    Comment,

    /// <summary><c>{"type":"readAlso","ref":"GUID"}</c>, in the blocks template.</summary>
    Json,
}

/// <summary>A marker found in a template: where it sits and which article it stands for.</summary>
internal readonly record struct MarkerHit(int Start, int End, Guid Id);

/// <summary>Writes and finds the teaser markers of stored templates.</summary>
internal static class ReadAlsoMarker
{
    private const string CommentStart = "<!--read-also:";
    private const string CommentEnd = "-->";
    private const string JsonStart = "{\"type\":\"readAlso\",\"ref\":\"";
    private const string JsonEnd = "\"}";
    private const int GuidLength = 36;

    /// <summary>The comment marker for an article id.</summary>
    internal static string Comment(Guid id) => CommentStart + id.ToString("D") + CommentEnd;

    /// <summary>True when the text, trimmed, is exactly one comment marker.</summary>
    internal static bool IsComment(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.Length == CommentStart.Length + GuidLength + CommentEnd.Length
            && text.StartsWith(CommentStart, StringComparison.Ordinal)
            && text.EndsWith(CommentEnd, StringComparison.Ordinal)
            && Guid.TryParseExact(text.Slice(CommentStart.Length, GuidLength), "D", out _);
    }

    /// <summary>The teaser a template's top-level paragraph holding only a comment marker stands for.</summary>
    internal static Guid? TeaserIn(Block block, string template)
    {
        if (block is not ParagraphBlock { Parent: MarkdownDocument } || block.Span.Length <= 0) return null;
        var text = template.AsSpan(block.Span.Start, Math.Min(block.Span.Length, template.Length - block.Span.Start)).Trim();
        return IsComment(text) ? Guid.ParseExact(text.Slice(CommentStart.Length, GuidLength), "D") : null;
    }

    /// <summary>Finds the first well-formed marker of the kind at or after <paramref name="from"/>.</summary>
    internal static bool TryFind(string template, int from, MarkerKind kind, out MarkerHit hit)
    {
        var (start, end) = kind == MarkerKind.Comment ? (CommentStart, CommentEnd) : (JsonStart, JsonEnd);
        var at = from;
        while ((at = template.IndexOf(start, at, StringComparison.Ordinal)) >= 0)
        {
            var idAt = at + start.Length;
            var after = idAt + GuidLength;
            if (after + end.Length <= template.Length
                && Guid.TryParseExact(template.AsSpan(idAt, GuidLength), "D", out var id)
                && template.AsSpan(after).StartsWith(end, StringComparison.Ordinal))
            {
                hit = new MarkerHit(at, after + end.Length, id);
                return true;
            }
            at = idAt;
        }
        hit = default;
        return false;
    }
}
