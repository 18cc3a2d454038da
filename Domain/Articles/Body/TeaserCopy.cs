using System.Text;
using System.Text.Encodings.Web;

namespace Cms.Domain.Articles.Body;

/// <summary>Writes a resolved teaser in each output format.</summary>
internal static class TeaserCopy
{
    /// <summary>An <c>aside</c> with the caption and an encoded link.</summary>
    internal static void Html(StringBuilder page, ReadAlsoTeaser teaser, string label)
    {
        page.Append("<aside class=\"read-also\"><span class=\"read-also-label\">");
        AppendHtml(page, label);
        page.Append("</span> <a");
        if (LinkSafety.Href(teaser.Url) is { } url)
        {
            page.Append(" href=\"");
            AppendHtml(page, url);
            page.Append('"');
        }
        page.Append('>');
        AppendHtml(page, teaser.Title);
        page.Append("</a></aside>");
    }

    /// <summary><c>Caption : Title</c>.</summary>
    internal static void PlainText(StringBuilder page, ReadAlsoTeaser teaser, string caption) =>
        page.Append(caption).Append(teaser.Title);

    /// <summary>The editor's notation again, with the target's current slug.</summary>
    internal static void Markdown(StringBuilder page, ReadAlsoTeaser teaser) =>
        page.Append("[[read-also: ")
            .Append(ReadAlsoNotation.IsKey(teaser.Slug) ? teaser.Slug : teaser.Id.ToString("D"))
            .Append("]]");

    /// <summary>A <c>readAlso</c> block carrying the target article.</summary>
    internal static void Json(StringBuilder page, ReadAlsoTeaser teaser)
    {
        page.Append("{\"type\":\"readAlso\",\"article\":{\"id\":\"").Append(teaser.Id.ToString("D"));
        page.Append("\",\"slug\":\"");
        AppendJson(page, teaser.Slug);
        page.Append("\",\"title\":\"");
        AppendJson(page, teaser.Title);
        page.Append("\",\"url\":\"");
        AppendJson(page, teaser.Url);
        page.Append("\"}}");
    }

    private static void AppendJson(StringBuilder page, string value) =>
        page.Append(JavaScriptEncoder.UnsafeRelaxedJsonEscaping.Encode(value));

    private static void AppendHtml(StringBuilder page, string value)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '&': page.Append("&amp;"); break;
                case '<': page.Append("&lt;"); break;
                case '>': page.Append("&gt;"); break;
                case '"': page.Append("&quot;"); break;
                case '\'': page.Append("&#39;"); break;
                default: page.Append(c); break;
            }
        }
    }
}
