using System.Text;
using Markdig.Syntax.Inlines;

namespace Cms.Domain.Articles.Body;

/// <summary>Typographic styles a run of text can carry.</summary>
[Flags]
internal enum InlineMarks
{
    None = 0,
    Strong = 1,
    Emphasis = 2,
    Strikethrough = 4,
    Code = 8,
}

/// <summary>A stretch of text sharing the same marks and link.</summary>
internal readonly record struct InlineRun(string Text, InlineMarks Marks, string? Href);

/// <summary>Flattens Markdig inlines into runs: what readers see, with marks and safe links.</summary>
internal static class InlineRuns
{
    /// <summary>The runs of a block's inline content, adjacent runs of the same style merged.</summary>
    internal static List<InlineRun> Of(ContainerInline? root)
    {
        var collector = new Collector();
        if (root is not null) Walk(root, InlineMarks.None, null, collector);
        return collector.Finish();
    }

    /// <summary>The text of the runs, end to end.</summary>
    internal static string Text(List<InlineRun> runs)
    {
        if (runs.Count == 1) return runs[0].Text;
        var text = new StringBuilder();
        foreach (var run in runs) text.Append(run.Text);
        return text.ToString();
    }

    private static void Walk(ContainerInline container, InlineMarks marks, string? href, Collector runs)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: runs.Add(literal.Content.AsSpan(), marks, href); break;
                case CodeInline code: runs.Add(code.Content, marks | InlineMarks.Code, href); break;
                case HtmlEntityInline entity: runs.Add(entity.Transcoded.AsSpan(), marks, href); break;
                case LineBreakInline lineBreak: runs.Add(lineBreak.IsHard ? "\n" : " ", marks, href); break;
                case HtmlInline html: runs.Add(html.Tag, marks, href); break;
                case AutolinkInline auto:
                    runs.Add(auto.Url, marks, LinkSafety.Href(auto.IsEmail ? "mailto:" + auto.Url : auto.Url));
                    break;
                case LinkInline { IsImage: true } image: Walk(image, marks, href, runs); break;
                case LinkInline link: Walk(link, marks, LinkSafety.Href(link.GetDynamicUrl?.Invoke() ?? link.Url), runs); break;
                case EmphasisInline emphasis: Walk(emphasis, marks | MarkOf(emphasis), href, runs); break;
                case ContainerInline other: Walk(other, marks, href, runs); break;
            }
        }
    }

    private static InlineMarks MarkOf(EmphasisInline emphasis) => emphasis switch
    {
        { DelimiterChar: '~' } => InlineMarks.Strikethrough,
        { DelimiterCount: >= 2 } => InlineMarks.Strong,
        _ => InlineMarks.Emphasis,
    };

    // Markdig splits text into many literals; a builder keeps merging them linear.
    private sealed class Collector
    {
        private readonly List<InlineRun> runs = [];
        private readonly StringBuilder text = new();
        private InlineMarks marks;
        private string? href;

        public void Add(ReadOnlySpan<char> piece, InlineMarks pieceMarks, string? pieceHref)
        {
            if (piece.IsEmpty) return;
            if (text.Length > 0 && (pieceMarks != marks || !string.Equals(pieceHref, href, StringComparison.Ordinal))) Flush();
            marks = pieceMarks;
            href = pieceHref;
            text.Append(piece);
        }

        public List<InlineRun> Finish()
        {
            Flush();
            return runs;
        }

        private void Flush()
        {
            if (text.Length == 0) return;
            runs.Add(new InlineRun(text.ToString(), marks, href));
            text.Clear();
        }
    }
}
