namespace Cms.Domain.Articles.Body;

/// <summary>
/// Finds the shapes of text on which Markdig spends time growing with the square of their length, so the grammar reads such a
/// body as plain paragraphs instead: a link address whose parentheses nest deeper than CommonMark's 32 (each <c>](</c> on a
/// line without spaces reads to the line's end), a paragraph of more than 1,000 lines that may define link references, and
/// a paragraph with more than 1,000 square brackets open at once (at each <c>]</c> that closes a link, every bracket still open
/// before it is visited again).
/// </summary>
internal static class CostlyShapes
{
    internal const int MaxAddressNesting = 32;
    internal const int MaxDefinitionLines = 1000;
    internal const int MaxOpenBrackets = 1000;

    /// <summary>True when <paramref name="text"/> holds either shape.</summary>
    internal static bool Found(string text) =>
        DeepAddress(text) || (text.Contains("]:", StringComparison.Ordinal) && LongDefinitionRun(text)) || ManyOpenBrackets(text);

    // Nesting counted from a "](" until its address closes or a space ends the run; a "](" inside the address nests in it.
    private static bool DeepAddress(string text)
    {
        for (var at = text.IndexOf("](", StringComparison.Ordinal); at >= 0; at = text.IndexOf("](", at, StringComparison.Ordinal))
        {
            var depth = 0;
            for (at += 2; at < text.Length && depth >= 0; at++)
            {
                var c = text[at];
                if (c is ' ' or '\t' or '\n' or '\r') break;
                if (c == '\\') at++;
                else if (c == '(' && ++depth > MaxAddressNesting) return true;
                else if (c == ')') depth--;
            }
            if (at >= text.Length) return false;
        }
        return false;
    }

    // Square brackets opened and not yet closed, counted from each blank line; an escaped one opens nothing.
    private static bool ManyOpenBrackets(string text)
    {
        var open = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.IsWhiteSpace()) open = 0;
            for (var i = 0; i < line.Length; i++)
            {
                switch (line[i])
                {
                    case '\\':
                        i++;
                        break;
                    case '[' when ++open > MaxOpenBrackets:
                        return true;
                    case ']' when open > 0:
                        open--;
                        break;
                }
            }
        }
        return false;
    }

    // Lines holding "]:" between two blank lines.
    private static bool LongDefinitionRun(string text)
    {
        var definitions = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.IsWhiteSpace()) definitions = 0;
            else if (line.Contains("]:", StringComparison.Ordinal) && ++definitions > MaxDefinitionLines) return true;
        }
        return false;
    }
}
