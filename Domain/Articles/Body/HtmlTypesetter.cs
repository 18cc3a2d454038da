using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Cms.Domain.Articles.Body;

/// <summary>
/// Sets the body as HTML straight from the syntax tree, with a comment marker where each teaser goes. Safe by construction:
/// only the elements and attributes written here exist (<c>p</c>, <c>h1</c>–<c>h6</c>, <c>blockquote</c>, <c>ul</c>,
/// <c>ol start</c>, <c>li</c>, <c>em</c>, <c>strong</c>, <c>del</c>, <c>code class</c>, <c>pre</c>, <c>a href title</c>,
/// <c>img src alt title</c>, <c>hr</c>, <c>br</c>), all text is escaped, the grammar reads raw HTML as text, and link and image
/// addresses pass <see cref="LinkSafety"/>. Lines and spacing follow Markdig's HTML renderer, written as an HTML5 serializer writes.
/// </summary>
internal sealed class HtmlTypesetter
{
    private readonly StringBuilder html;
    private readonly HtmlInlines inlines;
    private bool implicitParagraph;

    private HtmlTypesetter(StringBuilder html)
    {
        this.html = html;
        inlines = new HtmlInlines(this);
    }

    /// <summary>True when nothing has been written on the current line (Markdig's "previous was a line").</summary>
    internal bool LineEnded { get; set; } = true;

    internal StringBuilder Html => html;

    /// <summary>The HTML template of the body.</summary>
    internal static string Write(IReadOnlyList<BodyItem> items)
    {
        var typesetter = new HtmlTypesetter(new StringBuilder(4096));
        foreach (var item in items)
        {
            if (!item.IsTeaser)
            {
                typesetter.Block(item.Block, first: false);
                continue;
            }
            if (item.Target is not { } target) continue;
            typesetter.EnsureLine();
            typesetter.html.Append(ReadAlsoMarker.Comment(target)).Append('\n');
            typesetter.LineEnded = true;
        }
        typesetter.EnsureLine();
        return HtmlText.Page(typesetter.html);
    }

    internal void Tag(string markup)
    {
        html.Append(markup);
        LineEnded = false;
    }

    internal void Line(string markup)
    {
        html.Append(markup).Append('\n');
        LineEnded = true;
    }

    internal void EnsureLine()
    {
        if (LineEnded || html.Length == 0) return;
        html.Append('\n');
        LineEnded = true;
    }

    private void Block(Block block, bool first)
    {
        switch (block)
        {
            case ParagraphBlock paragraph:
                Paragraph(paragraph, first);
                break;
            case HeadingBlock heading:
                var level = (char)('0' + Math.Clamp(heading.Level, 1, 6));
                Tag("<h");
                html.Append(level).Append('>');
                inlines.Write(heading.Inline);
                Tag("</h");
                html.Append(level);
                Line(">");
                break;
            case ThematicBreakBlock:
                Line("<hr>");
                break;
            case CodeBlock code:
                Code(code);
                break;
            case QuoteBlock quote:
                EnsureLine();
                Line("<blockquote>");
                var outer = implicitParagraph;
                implicitParagraph = false;
                Children(quote);
                implicitParagraph = outer;
                Line("</blockquote>");
                break;
            case ListBlock list:
                List(list);
                break;
            case ContainerBlock container:
                Children(container);
                break;
        }
    }

    private void Children(ContainerBlock container)
    {
        for (var i = 0; i < container.Count; i++) Block(container[i], first: i == 0);
    }

    private void Paragraph(ParagraphBlock paragraph, bool first)
    {
        if (implicitParagraph)
        {
            inlines.Write(paragraph.Inline);
            return;
        }
        if (!first) EnsureLine();
        Tag("<p>");
        inlines.Write(paragraph.Inline);
        Line("</p>");
    }

    private void Code(CodeBlock code)
    {
        EnsureLine();
        Tag("<pre><code");
        // The language of a fence, as language-xyz; Netscape's script entities ("&{") were never let through.
        if (code.TryGetAttributes()?.Classes is { Count: > 0 } classes && string.Join(' ', classes) is var names
            && !names.Contains("&{", StringComparison.Ordinal))
        {
            html.Append(" class=\"");
            HtmlText.Attribute(html, names);
            html.Append('"');
        }
        html.Append('>');
        var lines = code.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            HtmlText.Text(html, lines.Lines[i].Slice.AsSpan());
            html.Append('\n');
        }
        Line("</code></pre>");
    }

    private void List(ListBlock list)
    {
        EnsureLine();
        if (!list.IsOrdered) Line("<ul>");
        else if (list.OrderedStart is null or "1") Line("<ol>");
        else
        {
            Tag("<ol start=\"");
            HtmlText.Attribute(html, list.OrderedStart);
            Line("\">");
        }
        foreach (var block in list)
        {
            if (block is not ListItemBlock item) continue;
            var outer = implicitParagraph;
            implicitParagraph = !list.IsLoose;
            EnsureLine();
            Tag("<li>");
            Children(item);
            Line("</li>");
            implicitParagraph = outer;
        }
        Line(list.IsOrdered ? "</ol>" : "</ul>");
    }
}
