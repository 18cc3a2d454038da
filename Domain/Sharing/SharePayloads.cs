using Cms.Domain.Articles;
using Cms.Domain.Settings;

namespace Cms.Domain.Sharing;

/// <summary>
/// Turns an article and the site's settings into its share payload. Each value falls back, field by field, from the most
/// specific one an editor set to the article's own text and then to the site's defaults; a blank value counts as unset.
/// </summary>
public static class SharePayloads
{
    /// <summary>The article's share payload.</summary>
    /// <param name="view">The article.</param>
    /// <param name="settings">The site's settings.</param>
    /// <param name="origin">The address the request came to, such as <c>https://cms.example</c>; used when the site has no base URL.</param>
    /// <param name="translations">The article's published translations in other languages.</param>
    public static SharePayload For(ArticleView view, SiteSettings settings, string origin, IReadOnlyList<LanguageAlternate> translations)
    {
        var canonical = CanonicalUrl(view, settings, origin);
        var share = view.Share;
        var page = new PageHead(First(share.MetaTitle, view.Title)!, First(share.MetaDescription, view.Excerpt, view.Subtitle));
        var ogImage = ImageOf(share.OgImage) ?? FeatureImage(view.FeatureImage) ?? ImageOf(settings.DefaultShareImage);
        var openGraph = new ShareCard(First(share.OgTitle, page.Title)!, First(share.OgDescription, page.Description), ogImage, "article",
            canonical, settings.SiteName, Locale(view.Language));
        var xImage = ImageOf(share.TwitterImage) ?? ogImage;
        var x = new XCard(First(share.TwitterCard) ?? (xImage is null ? "summary" : "summary_large_image"),
            First(share.TwitterTitle, openGraph.Title)!, First(share.TwitterDescription, openGraph.Description), xImage, settings.XHandle);
        var alternates = translations.Count == 0
            ? []
            : translations.Prepend(new LanguageAlternate(view.Language, canonical)).DistinctBy(a => a.Language, StringComparer.OrdinalIgnoreCase).ToList();
        var links = ShareLinks.For(settings, canonical, openGraph, x, share.Hashtags);
        var metaTags = HeadTags.Meta(view, settings, origin, page, openGraph, x);
        var jsonLd = NewsArticleJsonLd.For(view, settings, origin, canonical, openGraph);
        return new SharePayload(canonical, page, openGraph, x, share.Hashtags, links, metaTags,
            HeadTags.Html(page, canonical, metaTags, alternates, jsonLd), jsonLd, alternates);
    }

    /// <summary>The article's own canonical URL when it has one, else its public URL from the site's template, made absolute.</summary>
    public static string CanonicalUrl(ArticleView view, SiteSettings settings, string origin) =>
        First(view.CanonicalUrl) ?? settings.Absolute(ArticleLinks.Fill(settings.ArticleUrlTemplate, view.Id, view.Slug, view.PublishedAt ?? view.CreatedAt), origin);

    /// <summary>An author's public page, absolute.</summary>
    public static string AuthorUrl(Byline author, SiteSettings settings, string origin) =>
        settings.Absolute(settings.AuthorUrlTemplate.Replace("{slug}", author.Slug, StringComparison.Ordinal)
            .Replace("{id}", author.Id.ToString("D"), StringComparison.Ordinal), origin);

    /// <summary>A BCP 47 tag as an Open Graph locale: <c>fr</c>, <c>fr-BE</c> to <c>fr_BE</c>.</summary>
    public static string Locale(string language)
    {
        var parts = language.Split('-');
        var region = parts.Skip(1).FirstOrDefault(part => part.Length == 2 || (part.Length == 3 && part.All(char.IsAsciiDigit)));
        return region is null ? parts[0] : $"{parts[0]}_{region.ToUpperInvariant()}";
    }

    private static string? First(params string?[] candidates) => candidates.FirstOrDefault(text => !string.IsNullOrWhiteSpace(text));

    private static ShareImage? ImageOf(string? url) => First(url) is { } set ? new ShareImage(set, null, null, null) : null;

    private static ShareImage? FeatureImage(FeatureImage? image) =>
        image is null ? null : new ShareImage(image.Url, First(image.Alt), image.Width, image.Height);
}
