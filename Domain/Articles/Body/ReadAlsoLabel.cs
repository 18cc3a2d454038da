namespace Cms.Domain.Articles.Body;

/// <summary>The "read also" caption in the article's language.</summary>
internal static class ReadAlsoLabel
{
    /// <summary>The caption for a BCP 47 tag, judged by its primary subtag; English when unknown.</summary>
    internal static string For(string? language)
    {
        var primary = language.AsSpan();
        var dash = primary.IndexOfAny('-', '_');
        if (dash >= 0) primary = primary[..dash];
        return primary.Trim() switch
        {
            var p when p.Equals("fr", StringComparison.OrdinalIgnoreCase) => "Lire aussi",
            var p when p.Equals("de", StringComparison.OrdinalIgnoreCase) => "Lesen Sie auch",
            var p when p.Equals("es", StringComparison.OrdinalIgnoreCase) => "Lee también",
            var p when p.Equals("it", StringComparison.OrdinalIgnoreCase) => "Leggi anche",
            var p when p.Equals("nl", StringComparison.OrdinalIgnoreCase) => "Lees ook",
            var p when p.Equals("pt", StringComparison.OrdinalIgnoreCase) => "Leia também",
            _ => "Read also",
        };
    }

    /// <summary>What sits between caption and title in plain text: French sets a space before the colon.</summary>
    internal static string Separator(string? language) =>
        For(language) == "Lire aussi" ? " : " : ": ";
}
