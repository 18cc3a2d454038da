using System.Globalization;
using System.Text;
using Ganss.Xss;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Cms.Domain.Articles.Body;

/// <summary>Sets the body as sanitised HTML, with a comment marker where each teaser goes.</summary>
internal static class HtmlTypesetter
{
    // Sanitize() is documented thread-safe on a shared instance as long as its settings are not changed afterwards.
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <summary>The HTML template of the body.</summary>
    internal static string Write(IReadOnlyList<BodyItem> items)
    {
        var html = new StringBuilder();
        var run = new List<Block>();
        foreach (var item in items)
        {
            if (!item.IsTeaser)
            {
                run.Add(item.Block);
                continue;
            }
            if (item.Target is not { } target) continue;
            Flush(run, html);
            html.Append(ReadAlsoMarker.Comment(target)).Append('\n');
        }
        Flush(run, html);
        return html.ToString();
    }

    // Markers go in after sanitising: the sanitiser strips comments, and readers cannot forge one past it.
    private static void Flush(List<Block> run, StringBuilder html)
    {
        if (run.Count == 0) return;
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var renderer = new HtmlRenderer(writer);
        BodyGrammar.Pipeline.Setup(renderer);
        foreach (var block in run) renderer.Render(block);
        writer.Flush();
        run.Clear();
        var clean = Sanitizer.Sanitize(writer.ToString());
        if (clean.Length == 0) return;
        html.Append(clean);
        if (clean[^1] != '\n') html.Append('\n');
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = HtmlSanitizerOptions.Empty();
        string[] tags =
        [
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li",
            "em", "strong", "del", "code", "pre", "a", "img", "hr", "br",
        ];
        foreach (var tag in tags) options.AllowedTags.Add(tag);
        // class only carries the code fence language (language-xyz); start numbers ordered lists.
        foreach (var attribute in new[] { "href", "src", "alt", "title", "class", "start" }) options.AllowedAttributes.Add(attribute);
        foreach (var scheme in new[] { "http", "https", "mailto" }) options.AllowedSchemes.Add(scheme);
        foreach (var attribute in new[] { "href", "src" }) options.UriAttributes.Add(attribute);
        return new HtmlSanitizer(options);
    }
}
