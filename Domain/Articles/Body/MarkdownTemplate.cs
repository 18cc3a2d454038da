using System.Text;

namespace Cms.Domain.Articles.Body;

/// <summary>The source Markdown with each teaser paragraph swapped for its marker, every other byte kept.</summary>
internal static class MarkdownTemplate
{
    /// <summary>The Markdown template; teasers without a known target are taken out with their line.</summary>
    internal static string Write(string markdown, IReadOnlyList<BodyItem> items)
    {
        StringBuilder? page = null;
        var next = 0;
        foreach (var item in items)
        {
            if (!item.IsTeaser) continue;
            page ??= new StringBuilder(markdown.Length + 64);
            // Only the notation itself goes: indentation and trailing spaces around it stay as written.
            var (start, end) = (item.Block.Span.Start, item.Block.Span.End + 1);
            while (start < end && char.IsWhiteSpace(markdown[start])) start++;
            while (end > start && char.IsWhiteSpace(markdown[end - 1])) end--;
            page.Append(markdown, next, start - next);
            next = end;
            if (item.Target is { } target) page.Append(ReadAlsoMarker.Comment(target));
            else next = MarkerRemoval.Line(page, markdown, next);
        }
        if (page is null) return markdown;
        page.Append(markdown, next, markdown.Length - next);
        return page.ToString();
    }
}
