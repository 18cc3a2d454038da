namespace Cms.Domain.Articles.Body;

/// <summary>
/// An article's Markdown body and the "read also" teasers its editors called for.
/// </summary>
/// <remarks>
/// Dialect: CommonMark through Markdig with raw HTML disabled (it shows as text), plus the
/// <c>EmphasisExtras</c> extension for <c>~~strikethrough~~</c> only and <c>AutoLinks</c> for bare URLs.
/// No tables, footnotes or attributes: every block it can produce has a plain-text and a blocks form.
/// A teaser is a top-level paragraph that is only <c>[[read-also: KEY]]</c>; anywhere else the notation is text.
/// Instances can be shared across threads: the tree read at parse time goes to one render only, any other reads the text again.
/// </remarks>
public sealed class ArticleBody
{
    private readonly IReadOnlyList<TeaserSpan> teasers;

    // The tree Parse read, handed to the first Render so a body is read once; taken atomically, so only one thread ever holds
    // it, and a later Render (or one racing it) reads the text again.
    private ParsedBody? parsed;

    private ArticleBody(string markdown, IReadOnlyList<TeaserSpan> teasers, ParsedBody parsed)
    {
        Markdown = markdown;
        this.teasers = teasers;
        this.parsed = parsed;
        ReadAlsoKeys = teasers.Select(teaser => teaser.Key).ToList().AsReadOnly();
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
        var teasers = new List<TeaserSpan>();
        foreach (var block in parsed.Document)
        {
            if (ReadAlsoNotation.KeyOf(block, parsed.Text) is { } key) teasers.Add(new TeaserSpan(block.Span.Start, block.Span.End + 1, key));
        }
        return new ArticleBody(markdown, teasers, parsed);
    }

    /// <summary>Sets the body into its stored templates; a teaser whose key is not in <paramref name="targets"/> is dropped.</summary>
    /// <param name="targets">The article id of each teaser key; looked up exactly, then ignoring case.</param>
    public RenderedBody Render(IReadOnlyDictionary<string, Guid> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var tree = Interlocked.Exchange(ref parsed, null) ?? BodyGrammar.Parse(Markdown);
        var items = new List<BodyItem>();
        foreach (var block in tree.Document)
        {
            var key = ReadAlsoNotation.KeyOf(block, tree.Text);
            items.Add(new BodyItem(block, key is not null, key is null ? null : Find(targets, key)));
        }
        var plainText = PlainTextTypesetter.Write(items);
        return new RenderedBody(HtmlTypesetter.Write(items), plainText, Template(targets), WordTally.Count(plainText));
    }

    /// <summary>
    /// The Markdown template alone (<see cref="RenderedBody.Markdown"/>), without setting the body: what tells an unchanged body
    /// from a changed one.
    /// </summary>
    public string Template(IReadOnlyDictionary<string, Guid> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        return MarkdownTemplate.Write(Markdown, teasers, key => Find(targets, key));
    }

    /// <summary>The Markdown without the teaser paragraphs whose keys <paramref name="keys"/> holds.</summary>
    public string Without(IReadOnlySet<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var text = new System.Text.StringBuilder(Markdown.Length);
        var at = 0;
        foreach (var teaser in teasers.Where(teaser => keys.Contains(teaser.Key)))
        {
            text.Append(Markdown, at, teaser.Start - at);
            at = teaser.End;
        }
        return text.Append(Markdown, at, Markdown.Length - at).ToString();
    }

    /// <summary>
    /// The plain text and blocks of a stored Markdown template (<see cref="RenderedBody.Markdown"/>), each teaser a marker as
    /// <see cref="Render"/> writes it: the store keeps the body as Markdown and HTML, and sets the other forms when asked.
    /// </summary>
    public static (string PlainText, string Blocks) Typeset(string template, bool plainText, bool blocks)
    {
        ArgumentNullException.ThrowIfNull(template);
        var tree = BodyGrammar.Parse(template);
        var items = tree.Document.Select(block => ReadAlsoMarker.TeaserIn(block, tree.Text) is { } target
            ? new BodyItem(block, true, target)
            : new BodyItem(block, false, null)).ToList();
        return (plainText ? PlainTextTypesetter.Write(items) : "", blocks ? BlockTypesetter.Write(items) : "");
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

/// <summary>Where a teaser paragraph sits in the source (end exclusive) and the key it names.</summary>
internal readonly record struct TeaserSpan(int Start, int End, string Key);
