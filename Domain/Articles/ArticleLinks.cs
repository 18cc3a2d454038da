using System.Globalization;
using Cms.Domain.Settings;

namespace Cms.Domain.Articles;

/// <summary>
/// Builds the public URL of an article from the site's template, such as <c>https://news.example/{yyyy}/{MM}/{slug}</c>.
/// The template lives in the site settings, read from memory on every call.
/// </summary>
public sealed class ArticleLinks(SiteSettingsCache settings)
{
    /// <summary>The template used when the site sets none.</summary>
    public const string DefaultTemplate = "/articles/{slug}";

    /// <summary>The placeholders an article URL template may use.</summary>
    public static readonly IReadOnlyCollection<string> Placeholders = ["slug", "id", "yyyy", "MM", "dd"];

    /// <summary>The placeholders of which an article URL template needs one.</summary>
    public static readonly IReadOnlyCollection<string> Identifying = ["slug", "id"];

    /// <summary>The article's URL; date placeholders use its publication date, or its creation date before that.</summary>
    public string UrlOf(Guid id, string slug, DateTimeOffset? publishedAt, DateTimeOffset createdAt) =>
        Fill(settings.Current.Settings.ArticleUrlTemplate, id, slug, publishedAt ?? createdAt);

    /// <summary>The URL a template gives for one article.</summary>
    public static string Fill(string template, Guid id, string slug, DateTimeOffset dated)
    {
        var date = dated.UtcDateTime;
        return template
            .Replace("{slug}", slug, StringComparison.Ordinal)
            .Replace("{id}", id.ToString("D"), StringComparison.Ordinal)
            .Replace("{yyyy}", date.ToString("yyyy", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{MM}", date.ToString("MM", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{dd}", date.ToString("dd", CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
