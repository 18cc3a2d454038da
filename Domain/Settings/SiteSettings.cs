namespace Cms.Domain.Settings;

/// <summary>How much of an article the feeds carry.</summary>
public enum FeedContent
{
    /// <summary>The excerpt only; readers follow the link for the rest.</summary>
    Excerpt,
    /// <summary>The whole body as HTML, with the excerpt as summary.</summary>
    Full,
}

/// <summary>What the site says about itself: names, addresses, share defaults. One set per CMS, edited by admins.</summary>
/// <param name="SiteName">The site's name, as in <c>og:site_name</c> and feed titles.</param>
/// <param name="BaseUrl">The public address of the site, such as <c>https://news.example</c>; makes relative URLs absolute.</param>
/// <param name="ArticleUrlTemplate">An article's public URL; see <see cref="Articles.ArticleLinks"/>.</param>
/// <param name="AuthorUrlTemplate">An author's public page, with <c>{slug}</c> or <c>{id}</c>.</param>
/// <param name="DefaultLanguage">BCP 47 tag of the site's main language.</param>
/// <param name="DefaultShareImage">The image shared when an article has none of its own.</param>
/// <param name="PublisherName">The organisation named as publisher; the site name when absent.</param>
/// <param name="PublisherLogo">The publisher's logo, absolute URL.</param>
/// <param name="XHandle">The site's X account, with its <c>@</c>.</param>
/// <param name="FacebookAppId">The Facebook app id for <c>fb:app_id</c>.</param>
/// <param name="ShareNetworks">The networks offered in the share bar, in order.</param>
/// <param name="UtmTagging">When on, shared links carry <c>utm_source</c>, <c>utm_medium</c> and <c>utm_campaign</c>.</param>
/// <param name="MastodonInstance">The Mastodon server that share links open, such as <c>mastodon.social</c>.</param>
/// <param name="FeedContent">Whether feeds carry the whole article or its excerpt.</param>
public sealed record SiteSettings(
    string SiteName,
    string? BaseUrl,
    string ArticleUrlTemplate,
    string AuthorUrlTemplate,
    string DefaultLanguage,
    string? DefaultShareImage,
    string? PublisherName,
    string? PublisherLogo,
    string? XHandle,
    string? FacebookAppId,
    IReadOnlyList<ShareNetwork> ShareNetworks,
    bool UtmTagging,
    string MastodonInstance,
    FeedContent FeedContent)
{
    /// <summary>The author page template used when none is set.</summary>
    public const string DefaultAuthorUrlTemplate = "/authors/{slug}";

    /// <summary>The networks a new site offers: those of the newsroom's own pages.</summary>
    public static readonly IReadOnlyList<ShareNetwork> DefaultNetworks = [ShareNetwork.Facebook, ShareNetwork.X, ShareNetwork.Linkedin, ShareNetwork.Pinterest];

    /// <summary>The settings of a site nobody has configured yet.</summary>
    public static SiteSettings Defaults(string siteName, string? baseUrl, string articleUrlTemplate, string defaultLanguage) =>
        new(siteName, baseUrl, articleUrlTemplate, DefaultAuthorUrlTemplate, defaultLanguage, null, null, null, null, null,
            DefaultNetworks, false, "mastodon.social", FeedContent.Excerpt);

    /// <summary>The name shown as publisher.</summary>
    public string Publisher => string.IsNullOrWhiteSpace(PublisherName) ? SiteName : PublisherName;

    /// <summary>
    /// <paramref name="url"/> made absolute: kept when it already is, otherwise put after the base URL, or after
    /// <paramref name="origin"/> (the address the request came to) when the site has no base URL.
    /// </summary>
    public string Absolute(string url, string origin)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https") return url;
        var root = (BaseUrl ?? origin).TrimEnd('/');
        return url.StartsWith('/') ? root + url : root + "/" + url;
    }
}
