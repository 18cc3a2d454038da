using System.Text;
using Cms.Domain.Settings;

namespace Cms.Domain.Sharing;

/// <summary>
/// The share link of each network the site offers. Every parameter is percent-encoded as UTF-8 (RFC 3986), so French text,
/// <c>&amp;</c>, <c>#</c> and emoji arrive as written. Hashtags go where a network takes them; Pinterest gets the image.
/// </summary>
public static class ShareLinks
{
    /// <summary>The links, in the order the site lists its networks.</summary>
    public static IReadOnlyList<ShareLink> For(SiteSettings settings, string canonicalUrl, ShareCard openGraph, XCard x, IReadOnlyList<string> hashtags) =>
        settings.ShareNetworks
            .Select(network => new ShareLink(network.Name(),
                UrlFor(network, settings, settings.UtmTagging ? Tagged(canonicalUrl, network) : canonicalUrl, openGraph, x, hashtags)))
            .ToList();

    private static string UrlFor(ShareNetwork network, SiteSettings settings, string url, ShareCard og, XCard x, IReadOnlyList<string> hashtags)
    {
        var words = hashtags.Count == 0 ? null : string.Join(' ', hashtags.Select(tag => "#" + tag));
        return network switch
        {
            ShareNetwork.Facebook => Query("https://www.facebook.com/sharer/sharer.php", ("u", url), ("hashtag", hashtags.Count == 0 ? null : "#" + hashtags[0])),
            ShareNetwork.X => Query("https://x.com/intent/post", ("text", x.Title), ("url", url),
                ("hashtags", hashtags.Count == 0 ? null : string.Join(',', hashtags)), ("via", x.Site?.TrimStart('@'))),
            ShareNetwork.Linkedin => Query("https://www.linkedin.com/shareArticle", ("mini", "true"), ("url", url), ("title", og.Title),
                ("summary", og.Description), ("source", settings.SiteName)),
            ShareNetwork.Pinterest => Query("https://www.pinterest.com/pin/create/button/", ("url", url), ("media", og.Image?.Url),
                ("description", Joined(" ", og.Title, words))),
            ShareNetwork.Whatsapp => Query("https://wa.me/", ("text", Joined(" ", og.Title, url))),
            ShareNetwork.Email => Query("mailto:", ("subject", og.Title), ("body", Joined("\r\n\r\n", og.Description, url))),
            ShareNetwork.Bluesky => Query("https://bsky.app/intent/compose", ("text", Joined(" ", og.Title, url, words))),
            ShareNetwork.Mastodon => Query($"https://{settings.MastodonInstance}/share", ("text", Joined(" ", og.Title, url, words))),
            ShareNetwork.Reddit => Query("https://www.reddit.com/submit", ("url", url), ("title", og.Title)),
            _ => Query("https://t.me/share/url", ("url", url), ("text", og.Title)),
        };
    }

    /// <summary>The URL with <c>utm_source</c> (the network), <c>utm_medium</c> and <c>utm_campaign=share</c>, before any fragment.</summary>
    public static string Tagged(string url, ShareNetwork network)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var (address, fragment) = hash < 0 ? (url, "") : (url[..hash], url[hash..]);
        var medium = network == ShareNetwork.Email ? "email" : "social";
        var separator = address.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return $"{address}{separator}utm_source={network.Name()}&utm_medium={medium}&utm_campaign=share{fragment}";
    }

    private static string? Joined(string separator, params string?[] parts)
    {
        var present = parts.Where(part => !string.IsNullOrEmpty(part)).ToList();
        return present.Count == 0 ? null : string.Join(separator, present);
    }

    private static string Query(string address, params (string Name, string? Value)[] parameters)
    {
        var builder = new StringBuilder(address);
        var first = true;
        foreach (var (name, value) in parameters)
        {
            if (value is null) continue;
            builder.Append(first ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
            first = false;
        }
        return builder.ToString();
    }
}
