using System.Globalization;

namespace Cms.Domain.Articles;

/// <summary>Builds the public URL of an article from the site's template, such as <c>https://news.example/{yyyy}/{MM}/{slug}</c>.</summary>
public sealed class ArticleLinks(string template)
{
    /// <summary>The template used when the site sets none.</summary>
    public const string DefaultTemplate = "/articles/{slug}";

    /// <summary>The article's URL; date placeholders use its publication date, or its creation date before that.</summary>
    public string UrlOf(Guid id, string slug, DateTimeOffset? publishedAt, DateTimeOffset createdAt)
    {
        var date = (publishedAt ?? createdAt).UtcDateTime;
        return template
            .Replace("{slug}", slug, StringComparison.Ordinal)
            .Replace("{id}", id.ToString("D"), StringComparison.Ordinal)
            .Replace("{yyyy}", date.ToString("yyyy", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{MM}", date.ToString("MM", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{dd}", date.ToString("dd", CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
