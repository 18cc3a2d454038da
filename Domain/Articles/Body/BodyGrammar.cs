using System.Text;
using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Cms.Domain.Articles.Body;

/// <summary>The Markdown dialect of article bodies, and a parse that never throws.</summary>
internal static class BodyGrammar
{
    // Far below Markdig's own limit (128), so neither its renderer nor ours meets a tree it refuses.
    private const int MaxDepth = 48;

    /// <summary>Shared pipeline; Markdig pipelines are thread-safe once built.</summary>
    internal static readonly MarkdownPipeline Pipeline = Build();

    // Bare addresses link as Markdig's AutoLinks extension links them, read first as it is.
    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder()
            .DisableHtml()
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough);
        builder.InlineParsers.Insert(0, new BareLinkParser());
        return builder.Build();
    }

    /// <summary>Parses a body; input too deep or too odd for Markdig (<see cref="CostlyShapes"/>) is read again as plain paragraphs.</summary>
    internal static ParsedBody Parse(string markdown)
    {
        var text = WithoutLeadingByteOrderMark(WithoutLoneSurrogates(markdown));
        try
        {
            if (!CostlyShapes.Found(text) && Markdown.Parse(text, Pipeline) is var document && IsShallow(document))
                return new ParsedBody(document, text);
        }
        catch (ArgumentException)
        {
            // Markdig reports pathological nesting this way; fall through to the literal reading.
        }
        var literal = EscapeEverything(text);
        return new ParsedBody(Markdown.Parse(literal, Pipeline), literal);
    }

    private static bool IsShallow(MarkdownDocument document)
    {
        var pending = new Stack<(MarkdownObject Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.TryPop(out var item))
        {
            if (item.Depth > MaxDepth) return false;
            switch (item.Node)
            {
                case ContainerBlock container:
                    foreach (var child in container) pending.Push((child, item.Depth + 1));
                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, item.Depth + 1));
                    break;
                case ContainerInline inlines:
                    foreach (var child in inlines) pending.Push((child, item.Depth + 1));
                    break;
            }
        }
        return true;
    }

    // A backslash before every ASCII punctuation character leaves Markdig nothing to nest: only paragraphs remain.
    private static string EscapeEverything(string text)
    {
        var escaped = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || c > '~' || c <= ' ') escaped.Append(c);
            else escaped.Append('\\').Append(c);
        }
        return escaped.ToString();
    }

    // A byte order mark copied from a file is no text: read as a space, it keeps offsets and lets a first heading or list be one.
    private static string WithoutLeadingByteOrderMark(string text) =>
        text.StartsWith('\uFEFF') ? string.Concat(" ", text.AsSpan(1)) : text;

    // JSON writers refuse unpaired surrogates; swapping each for U+FFFD keeps every source offset unchanged.
    private static string WithoutLoneSurrogates(string text)
    {
        char[]? repaired = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (!char.IsSurrogate(c)) continue;
            repaired ??= text.ToCharArray();
            repaired[i] = '\uFFFD';
        }
        return repaired is null ? text : new string(repaired);
    }
}

/// <summary>A parsed body and the exact text its source spans point into.</summary>
internal sealed record ParsedBody(MarkdownDocument Document, string Text);
