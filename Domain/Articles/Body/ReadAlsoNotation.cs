using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace Cms.Domain.Articles.Body;

/// <summary>Recognises the <c>[[read-also: KEY]]</c> paragraph editors write to call for a teaser.</summary>
internal static partial class ReadAlsoNotation
{
    [GeneratedRegex(@"^\[\[[ \t]*read-also[ \t]*:[ \t]*(?<key>[A-Za-z0-9][A-Za-z0-9_-]{0,199})[ \t]*\]\]$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Notation();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_-]{0,199}$", RegexOptions.CultureInvariant)]
    private static partial Regex Key();

    /// <summary>The key of a top-level paragraph that is nothing but the notation, else null.</summary>
    internal static string? KeyOf(Block block, string source)
    {
        if (block is not ParagraphBlock { Parent: MarkdownDocument }) return null;
        var span = block.Span;
        if (span.Start < 0 || span.Length <= 0 || span.End >= source.Length) return null;
        var text = source.Substring(span.Start, span.Length).Trim();
        if (text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal)) return null;
        var match = Notation().Match(text);
        return match.Success ? match.Groups["key"].Value : null;
    }

    /// <summary>True when the value can stand as a key inside the notation.</summary>
    internal static bool IsKey(string value) => Key().IsMatch(value);
}
