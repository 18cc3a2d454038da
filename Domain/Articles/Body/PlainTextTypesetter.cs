using System.Globalization;
using System.Text;
using Markdig.Syntax;

namespace Cms.Domain.Articles.Body;

/// <summary>Sets the body as readable plain text, paragraphs apart by a blank line, characters untouched.</summary>
internal static class PlainTextTypesetter
{
    private const string Paragraph = "\n\n";

    /// <summary>The plain-text template of the body; a teaser is a paragraph holding only its marker.</summary>
    internal static string Write(IReadOnlyList<BodyItem> items)
    {
        var text = new StringBuilder();
        foreach (var item in items)
        {
            var piece = item.IsTeaser
                ? item.Target is { } target ? ReadAlsoMarker.Comment(target) : ""
                : Block(item.Block);
            if (piece.Length == 0) continue;
            if (text.Length > 0) text.Append(Paragraph);
            text.Append(piece);
        }
        return text.ToString();
    }

    private static string Block(Block block) => block switch
    {
        LinkReferenceDefinitionGroup or LinkReferenceDefinition or ThematicBreakBlock => "",
        CodeBlock code => code.Lines.ToString(),
        LeafBlock { Inline: { } inline } => InlineRuns.Text(InlineRuns.Of(inline)),
        ListBlock list => List(list),
        ContainerBlock container => Join(container, Paragraph),
        _ => "",
    };

    private static string Join(ContainerBlock container, string separator)
    {
        var text = new StringBuilder();
        foreach (var child in container)
        {
            var piece = Block(child);
            if (piece.Length == 0) continue;
            if (text.Length > 0) text.Append(separator);
            text.Append(piece);
        }
        return text.ToString();
    }

    private static string List(ListBlock list)
    {
        var text = new StringBuilder();
        var number = list.IsOrdered && int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : 1;
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var prefix = list.IsOrdered ? number++.ToString(CultureInfo.InvariantCulture) + ". " : "- ";
            var body = Join(item, "\n");
            if (text.Length > 0) text.Append('\n');
            // Continuation lines line up under the item's text so nested lists stay readable.
            text.Append(prefix).Append(body.Replace("\n", "\n" + new string(' ', prefix.Length), StringComparison.Ordinal));
        }
        return text.ToString();
    }
}
