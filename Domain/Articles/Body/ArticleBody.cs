namespace Cms.Domain.Articles.Body;

/// <summary>
/// An article's Markdown body and the "read also" teasers its editors called for.
/// </summary>
/// <remarks>
/// Dialect: CommonMark through Markdig with raw HTML disabled (it shows as text), plus the
/// <c>EmphasisExtras</c> extension for <c>~~strikethrough~~</c> only and <c>AutoLinks</c> for bare URLs.
/// No tables, footnotes or attributes: every block it can produce has a plain-text and a blocks form.
/// A teaser is a top-level paragraph that is only <c>[[read-also: KEY]]</c>; anywhere else the notation is text.
/// Instances hold only strings, so they can be shared across threads.
/// </remarks>
public sealed class ArticleBody
{
    private ArticleBody(string markdown, IReadOnlyList<string> readAlsoKeys)
    {
        Markdown = markdown;
        ReadAlsoKeys = readAlsoKeys;
    }

    /// <summary>The Markdown exactly as written.</summary>
    public string Markdown { get; }

    /// <summary>The teaser keys (slugs or ids) in document order, as written.</summary>
    public IReadOnlyList<string> ReadAlsoKeys { get; }

    /// <summary>Reads a body; never throws, whatever the text (nesting too deep for Markdig is read as plain text).</summary>
    public static ArticleBody Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var parsed = BodyGrammar.Parse(markdown);
        var keys = new List<string>();
        foreach (var block in parsed.Document)
        {
            if (ReadAlsoNotation.KeyOf(block, parsed.Text) is { } key) keys.Add(key);
        }
        return new ArticleBody(markdown, keys.AsReadOnly());
    }

    /// <summary>Sets the body into its stored templates; a teaser whose key is not in <paramref name="targets"/> is dropped.</summary>
    /// <param name="targets">The article id of each teaser key; looked up exactly, then ignoring case.</param>
    public RenderedBody Render(IReadOnlyDictionary<string, Guid> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        // Parsed again rather than kept: the instance stays immutable and Markdig's tree never crosses threads.
        var parsed = BodyGrammar.Parse(Markdown);
        var items = new List<BodyItem>();
        foreach (var block in parsed.Document)
        {
            var key = ReadAlsoNotation.KeyOf(block, parsed.Text);
            items.Add(new BodyItem(block, key is not null, key is null ? null : Find(targets, key)));
        }
        var plainText = PlainTextTypesetter.Write(items);
        return new RenderedBody(
            HtmlTypesetter.Write(items),
            plainText,
            BlockTypesetter.Write(items),
            MarkdownTemplate.Write(Markdown, items),
            WordTally.Count(plainText));
    }

    private static Guid? Find(IReadOnlyDictionary<string, Guid> targets, string key)
    {
        if (targets.TryGetValue(key, out var id)) return id;
        foreach (var (candidate, target) in targets)
        {
            if (string.Equals(candidate, key, StringComparison.OrdinalIgnoreCase)) return target;
        }
        return null;
    }
}
