using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax.Inlines;

namespace Cms.Domain.Articles.Body;

/// <summary>
/// Links the bare addresses of a body (<c>http://</c>, <c>https://</c>, <c>ftp://</c>, <c>mailto:</c>, <c>tel:</c>,
/// <c>www.</c>) as Markdig's AutoLinks extension does, but reads only the inlines that enclose the address: Markdig's own
/// parser also looks back over every inline before it in the paragraph, for raw HTML anchors this grammar never reads, so a
/// paragraph of many bare addresses took time growing with the square of their number.
/// </summary>
internal sealed class BareLinkParser : InlineParser
{
    private const string ValidBefore = "*_~(";

    internal BareLinkParser() => OpeningCharacters = ['h', 'f', 'm', 't', 'w'];

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var before = slice.PeekCharExtra(-1);
        if (!before.IsWhiteSpaceOrZero() && !ValidBefore.Contains(before, StringComparison.Ordinal)) return false;
        var start = slice.Start;
        var first = slice.CurrentChar;
        if (Prefix(slice.AsSpan()) is not { } prefix || Enclosing(processor.Inline) is not { } emphasis) return false;
        var parsed = slice;
        if (!LinkHelper.TryParseUrl(ref parsed, out var link, out _, true)) return false;
        var trimmed = link.AsSpan().TrimEnd(emphasis).Length;
        var end = parsed.Start - (link.Length - trimmed);
        link = link[..trimmed];
        if (!IsAddress(first, link, prefix, out var hostAt)) return false;
        if (first != 't' && !LinkHelper.IsValidDomain(link, hostAt, false)) return false;
        slice.Start = end;

        var inline = new LinkInline
        {
            Span = { Start = processor.GetSourcePosition(start, out var line, out var column) },
            Line = line,
            Column = column,
            Url = first == 'w' ? "http://" + link : link,
            IsClosed = true,
            IsAutoLink = true,
        };
        inline.Span.End = inline.Span.Start + link.Length - 1;
        inline.UrlSpan = inline.Span;
        var shown = first switch { 'm' => "mailto:".Length, 't' => "tel:".Length, _ => 0 };
        inline.AppendChild(new LiteralInline
        {
            Span = inline.Span,
            Line = line,
            Column = column,
            Content = new StringSlice(slice.Text, start + shown, start + link.Length - 1),
            IsClosed = true,
        });
        processor.Inline = inline;
        return true;
    }

    private static string? Prefix(ReadOnlySpan<char> text)
    {
        if (text.Length < 4) return null;
        foreach (var prefix in (ReadOnlySpan<string>)["https://", "http://", "www.", "ftp://", "mailto:", "tel:"])
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal)) return prefix;
        }
        return null;
    }

    // The emphasis characters still open around the address, or null inside an open bracket (which may yet be a link).
    private static string? Enclosing(Inline? inline)
    {
        var brackets = 0;
        var emphasis = "";
        for (; inline is not null; inline = inline.Parent)
        {
            if (inline is LinkDelimiterInline { IsActive: true } bracket)
            {
                brackets += bracket.Type == DelimiterType.Open ? 1 : bracket.Type == DelimiterType.Close ? -1 : 0;
            }
            else if (inline is EmphasisDelimiterInline open && !emphasis.Contains(open.DelimiterChar, StringComparison.Ordinal))
            {
                emphasis += open.DelimiterChar;
            }
        }
        return brackets > 0 ? null : emphasis;
    }

    // Where the host starts, once the address is more than its scheme (a mail address: after its '@').
    private static bool IsAddress(char first, string link, string prefix, out int hostAt)
    {
        hostAt = 0;
        switch (first)
        {
            case 'h' or 'f' or 'w':
                hostAt = prefix.Length;
                return first == 'w' || link != prefix;
            case 'm':
                var at = link.IndexOf('@', StringComparison.Ordinal);
                hostAt = at + 1;
                return at >= 0 && at != prefix.Length;
            default:
                return link != "tel";
        }
    }
}
