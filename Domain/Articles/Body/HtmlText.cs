using System.Buffers;
using System.Globalization;
using System.Text;

namespace Cms.Domain.Articles.Body;

/// <summary>
/// Writes text, attribute values and addresses into HTML the way a browser reads them back: every character that could
/// open markup is escaped, line ends are LF, and the output is what an HTML5 serializer would write for the same tree.
/// </summary>
internal static class HtmlText
{
    private static readonly IdnMapping Idn = new();
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("&<>\u00a0\0");
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("&<>\u00a0\0\"");

    /// <summary>
    /// The page with its line ends as a browser reads them (CR LF and a lone CR are LF); a carriage return can only come from the
    /// text, written as it stands, and one written last in a run of text may meet the LF that starts the next.
    /// </summary>
    internal static string Page(StringBuilder html)
    {
        var page = html.ToString();
        return page.Contains('\r', StringComparison.Ordinal) ? page.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : page;
    }

    /// <summary>Element text: <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> and no-break spaces escaped; NUL dropped as an HTML parser drops it.</summary>
    internal static void Text(StringBuilder html, ReadOnlySpan<char> text) => Escape(html, text, attribute: false);

    /// <summary>An attribute value, which also escapes the double quote around it; NUL becomes U+FFFD as an HTML parser reads it.</summary>
    internal static void Attribute(StringBuilder html, ReadOnlySpan<char> value) => Escape(html, value, attribute: true);

    /// <summary>
    /// The address as a link or image attribute carries it: a non-ASCII host in its IDNA form, spaces, quotes, brackets and
    /// every other character outside printable ASCII percent-encoded (UTF-8), everything else as written.
    /// </summary>
    internal static string Address(string url)
    {
        if (!Ascii.IsValid(url) && url.IndexOf("://", StringComparison.Ordinal) is var scheme and > 0)
        {
            var hostAt = scheme + 3;
            var hostLength = url.AsSpan(hostAt).IndexOfAny("/?#:");
            if (hostLength < 0) hostLength = url.Length - hostAt;
            if (AsciiHost(url, hostAt, hostLength) is { } host)
            {
                var encoded = new StringBuilder(url.Length + 16);
                PercentEncode(encoded, url.AsSpan(0, hostAt));
                PercentEncode(encoded, host);
                PercentEncode(encoded, url.AsSpan(hostAt + hostLength));
                return encoded.ToString();
            }
        }
        if (!NeedsEncoding(url)) return url;
        var address = new StringBuilder(url.Length + 16);
        PercentEncode(address, url);
        return address.ToString();
    }

    private static string? AsciiHost(string url, int at, int length)
    {
        try
        {
            return Idn.GetAscii(url, at, length);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool NeedsEncoding(ReadOnlySpan<char> url)
    {
        foreach (var c in url)
        {
            if (IsEncoded(c)) return true;
        }
        return false;
    }

    private static bool IsEncoded(char c) => c <= ' ' || c >= '\u007f' || c is '"' or '\'' or '<' or '>' or '[' or '\\' or ']' or '^' or '`' or '{' or '|' or '}' or '~';

    private static void PercentEncode(StringBuilder address, ReadOnlySpan<char> url)
    {
        Span<byte> bytes = stackalloc byte[8];
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (!IsEncoded(c))
            {
                address.Append(c);
                continue;
            }
            var length = char.IsHighSurrogate(c) && i + 1 < url.Length ? 2 : 1;
            var written = Encoding.UTF8.GetBytes(url.Slice(i, length), bytes);
            i += length - 1;
            foreach (var b in bytes[..written]) address.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
    }

    private static void Escape(StringBuilder html, ReadOnlySpan<char> text, bool attribute)
    {
        var special = attribute ? AttributeSpecials : TextSpecials;
        while (true)
        {
            var next = text.IndexOfAny(special);
            if (next < 0)
            {
                html.Append(text);
                return;
            }
            html.Append(text[..next]);
            var c = text[next];
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '\u00a0': html.Append("&nbsp;"); break;
                case '"' when attribute: html.Append("&quot;"); break;
                case '\0' when attribute: html.Append('\uFFFD'); break;
                default: break;
            }
            text = text[(next + 1)..];
        }
    }
}
