using System.Text;

namespace Cms.Domain.Articles.Body;

/// <summary>The source Markdown with each teaser paragraph swapped for its marker, every other byte kept.</summary>
internal static class MarkdownTemplate
{
    /// <summary>The Markdown template; teasers without a known target are taken out with their line.</summary>
    internal static string Write(string markdown, IReadOnlyList<TeaserSpan> teasers, Func<string, Guid?> target)
    {
        if (teasers.Count == 0) return markdown;
        var page = new StringBuilder(markdown.Length + 64);
        var next = 0;
        foreach (var teaser in teasers)
        {
            // Only the notation itself goes: indentation and trailing spaces around it stay as written.
            var (start, end) = (teaser.Start, teaser.End);
            while (start < end && char.IsWhiteSpace(markdown[start])) start++;
            while (end > start && char.IsWhiteSpace(markdown[end - 1])) end--;
            page.Append(markdown, next, start - next);
            next = end;
            if (target(teaser.Key) is { } id) page.Append(ReadAlsoMarker.Comment(id));
            else next = MarkerRemoval.Line(page, markdown, next);
        }
        page.Append(markdown, next, markdown.Length - next);
        return page.ToString();
    }
}
