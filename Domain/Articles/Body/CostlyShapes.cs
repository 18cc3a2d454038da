namespace Cms.Domain.Articles.Body;

/// <summary>
/// Finds the shapes of text on which Markdig spends time growing with the square of their length, so the grammar reads such a
/// body as plain paragraphs instead: a link address whose parentheses nest deeper than CommonMark's 32 (each <c>](</c> on a
/// line without spaces reads to the line's end), and a paragraph of more than 1,000 lines that may define link references.
/// </summary>
internal static class CostlyShapes
{
    internal const int MaxAddressNesting = 32;
    internal const int MaxDefinitionLines = 1000;

    /// <summary>True when <paramref name="text"/> holds either shape.</summary>
    internal static bool Found(string text) => DeepAddress(text) || LongDefinitionRun(text);

    // Nesting counted from the first "](" of a run without spaces, until its address closes; later ones start inside it.
    private static bool DeepAddress(string text)
    {
        var depth = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ' ' or '\t' or '\n' or '\r') depth = -1;
            else if (c == '\\') i++;
            else if (c == ']' && depth < 0 && i + 1 < text.Length && text[i + 1] == '(') (depth, i) = (0, i + 1);
            else if (depth < 0) continue;
            else if (c == '(' && ++depth > MaxAddressNesting) return true;
            else if (c == ')') depth--;
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
