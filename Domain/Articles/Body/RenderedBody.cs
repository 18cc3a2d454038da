namespace Cms.Domain.Articles.Body;

/// <summary>A body set once at write time into templates whose teasers are filled in at read time.</summary>
/// <param name="Html">Safe HTML (see <see cref="HtmlTypesetter"/>) with <c>&lt;!--read-also:GUID--&gt;</c> lines for teasers.</param>
/// <param name="PlainText">Readable text, paragraphs apart by a blank line; a teaser is a marker paragraph.</param>
/// <param name="Markdown">The source Markdown with each teaser paragraph replaced by its marker.</param>
/// <param name="WordCount">Words of the text, teasers and punctuation-only tokens left out.</param>
public sealed record RenderedBody(string Html, string PlainText, string Markdown, int WordCount)
{
    /// <summary>
    /// Compact JSON array of typed blocks; a teaser is <c>{"type":"readAlso","ref":"GUID"}</c>. Set from <see cref="Markdown"/>
    /// when asked for, as reads do: the store does not keep it.
    /// </summary>
    public string Blocks => ArticleBody.Typeset(Markdown, plainText: false, blocks: true).Blocks;
}
