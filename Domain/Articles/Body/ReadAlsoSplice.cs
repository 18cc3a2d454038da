using System.Text;

namespace Cms.Domain.Articles.Body;

/// <summary>
/// Fills the teaser markers of stored body templates at read time, in one pass per template.
/// A marker whose article is not in <c>visible</c> (unpublished, deleted) is taken out cleanly.
/// </summary>
public static class ReadAlsoSplice
{
    /// <summary>The HTML body with each visible teaser as an <c>aside</c>, the others removed.</summary>
    public static string Html(string template, IReadOnlyDictionary<Guid, ReadAlsoTeaser> visible, string language) =>
        Splice(template, MarkerKind.Comment, visible, ReadAlsoLabel.For(language),
            static (page, teaser, label) => TeaserCopy.Html(page, teaser, label), MarkerRemoval.Html);

    /// <summary>The plain-text body with each visible teaser as <c>Lire aussi : Title</c>, the others removed.</summary>
    public static string PlainText(string template, IReadOnlyDictionary<Guid, ReadAlsoTeaser> visible, string language) =>
        Splice(template, MarkerKind.Comment, visible, ReadAlsoLabel.For(language) + ReadAlsoLabel.Separator(language),
            static (page, teaser, caption) => TeaserCopy.PlainText(page, teaser, caption), MarkerRemoval.Paragraph);

    /// <summary>The blocks JSON with each visible teaser as a <c>readAlso</c> block carrying its article.</summary>
    public static string Blocks(string template, IReadOnlyDictionary<Guid, ReadAlsoTeaser> visible) =>
        Splice(template, MarkerKind.Json, visible, string.Empty,
            static (page, teaser, _) => TeaserCopy.Json(page, teaser), MarkerRemoval.JsonElement);

    /// <summary>The Markdown body with each visible teaser back as <c>[[read-also: slug]]</c>.</summary>
    public static string Markdown(string template, IReadOnlyDictionary<Guid, ReadAlsoTeaser> visible) =>
        Splice(template, MarkerKind.Comment, visible, string.Empty,
            static (page, teaser, _) => TeaserCopy.Markdown(page, teaser), MarkerRemoval.Line);

    /// <summary>The teasers an article shows, by target, for the splices above: a target its body names twice is one entry.</summary>
    public static IReadOnlyDictionary<Guid, ReadAlsoTeaser> Visible(IEnumerable<ReadAlsoTeaser> teasers) =>
        teasers.DistinctBy(teaser => teaser.Id).ToDictionary(teaser => teaser.Id);

    /// <summary>The article ids of the markers in a template of any format, in order.</summary>
    public static IReadOnlyList<Guid> Targets(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var hits = new List<MarkerHit>();
        foreach (var kind in new[] { MarkerKind.Comment, MarkerKind.Json })
        {
            var next = 0;
            while (ReadAlsoMarker.TryFind(template, next, kind, out var hit))
            {
                hits.Add(hit);
                next = hit.End;
            }
        }
        hits.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return hits.ConvertAll(static hit => hit.Id);
    }

    private static string Splice(
        string template,
        MarkerKind kind,
        IReadOnlyDictionary<Guid, ReadAlsoTeaser> visible,
        string caption,
        Action<StringBuilder, ReadAlsoTeaser, string> write,
        Func<StringBuilder, string, int, int> remove)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(visible);
        if (!ReadAlsoMarker.TryFind(template, 0, kind, out var hit)) return template;
        var page = new StringBuilder(template.Length + 256);
        var next = 0;
        do
        {
            page.Append(template, next, hit.Start - next);
            next = hit.End;
            if (visible.TryGetValue(hit.Id, out var teaser)) write(page, teaser, caption);
            else next = remove(page, template, next);
        }
        while (ReadAlsoMarker.TryFind(template, next, kind, out hit));
        page.Append(template, next, template.Length - next);
        return page.ToString();
    }
}
