using Cms.Domain.Articles;
using Cms.Domain.Common;

namespace Cms.Api.Articles;

/// <summary>Reads the <c>formats=</c> parameter: a comma-separated list from html, plaintext, markdown, blocks, or none.</summary>
public static class BodyFormatNames
{
    /// <summary>The formats asked for, <paramref name="fallback"/> when the parameter is absent, or the 400 naming it.</summary>
    public static Outcome<BodyFormats> Read(string? formats, BodyFormats fallback)
    {
        if (formats is null) return fallback;
        var chosen = BodyFormats.None;
        foreach (var name in formats.Split(',', StringSplitOptions.TrimEntries))
        {
            BodyFormats? format = name switch
            {
                "html" => BodyFormats.Html,
                "plaintext" => BodyFormats.PlainText,
                "markdown" => BodyFormats.Markdown,
                "blocks" => BodyFormats.Blocks,
                "none" => BodyFormats.None,
                _ => null,
            };
            if (format is null) return Failure.InvalidField("formats", $"has '{name}', which is not one of html, plaintext, markdown, blocks, none");
            chosen |= format.Value;
        }
        return chosen;
    }
}
