using Cms.Domain.Common;
using Cms.Domain.Settings;

namespace Cms.Api.Settings;

/// <summary>The site's settings as an admin writes them (PUT replaces them all; absent optional fields take their defaults).</summary>
/// <param name="SiteName">The site's name, as in <c>og:site_name</c> and feed titles.</param>
/// <param name="ArticleUrlTemplate">An article's public URL: absolute, or a path from <c>baseUrl</c>; <c>{slug}</c> or <c>{id}</c>, and <c>{yyyy}</c>, <c>{MM}</c>, <c>{dd}</c> of its publication date.</param>
/// <param name="DefaultLanguage">BCP 47 tag of the site's main language.</param>
/// <param name="BaseUrl">The site's public address, such as <c>https://news.example</c>; relative URLs are made absolute with it.</param>
/// <param name="AuthorUrlTemplate">An author's public page, with <c>{slug}</c> or <c>{id}</c>; default <c>/authors/{slug}</c>.</param>
/// <param name="DefaultShareImage">Absolute URL of the image shared when an article has none.</param>
/// <param name="PublisherName">The organisation named as publisher; the site name when absent.</param>
/// <param name="PublisherLogo">Absolute URL of the publisher's logo.</param>
/// <param name="XHandle">The site's X account, such as <c>@newsroom</c>.</param>
/// <param name="FacebookAppId">The Facebook app id, digits only.</param>
/// <param name="ShareNetworks">The share bar's networks, in order: facebook, x, linkedin, pinterest, whatsapp, email, bluesky, mastodon, reddit, telegram. Default facebook, x, linkedin, pinterest.</param>
/// <param name="UtmTagging">When true, shared links carry <c>utm_source</c> (the network), <c>utm_medium</c> and <c>utm_campaign=share</c>.</param>
/// <param name="MastodonInstance">The Mastodon server share links open; default <c>mastodon.social</c>.</param>
/// <param name="FeedContent"><c>excerpt</c> (default) or <c>full</c>: what RSS and Atom entries carry.</param>
public sealed record SettingsRequest(
    string SiteName,
    string ArticleUrlTemplate,
    string DefaultLanguage,
    string? BaseUrl = null,
    string? AuthorUrlTemplate = null,
    string? DefaultShareImage = null,
    string? PublisherName = null,
    string? PublisherLogo = null,
    string? XHandle = null,
    string? FacebookAppId = null,
    IReadOnlyList<string>? ShareNetworks = null,
    bool UtmTagging = false,
    string? MastodonInstance = null,
    FeedContent FeedContent = FeedContent.Excerpt)
{
    /// <summary>The settings as the domain keeps them.</summary>
    public SiteSettings ToSettings() => new(SiteName, BaseUrl, ArticleUrlTemplate, AuthorUrlTemplate ?? SiteSettings.DefaultAuthorUrlTemplate,
        LanguageTag.Normalize(DefaultLanguage) ?? DefaultLanguage, DefaultShareImage, PublisherName, PublisherLogo,
        XHandle is { Length: > 0 } handle ? "@" + handle.TrimStart('@') : null, FacebookAppId,
        ShareNetworks is null ? SiteSettings.DefaultNetworks : ShareNetworks.Select(name => ShareNetworkNames.Parse(name)!.Value).ToList(),
        UtmTagging, MastodonInstance ?? "mastodon.social", FeedContent);
}

/// <summary>The site's settings. Everything here ends up in public pages, so anyone may read them.</summary>
/// <param name="SiteName">The site's name.</param>
/// <param name="BaseUrl">The site's public address.</param>
/// <param name="ArticleUrlTemplate">An article's public URL template.</param>
/// <param name="AuthorUrlTemplate">An author's public page template.</param>
/// <param name="DefaultLanguage">BCP 47 tag of the site's main language.</param>
/// <param name="DefaultShareImage">The image shared when an article has none.</param>
/// <param name="PublisherName">The organisation named as publisher, as given.</param>
/// <param name="PublisherLogo">The publisher's logo.</param>
/// <param name="XHandle">The site's X account.</param>
/// <param name="FacebookAppId">The Facebook app id.</param>
/// <param name="ShareNetworks">The share bar's networks, in order.</param>
/// <param name="UtmTagging">Whether shared links carry UTM parameters.</param>
/// <param name="MastodonInstance">The Mastodon server share links open.</param>
/// <param name="FeedContent"><c>excerpt</c> or <c>full</c>.</param>
/// <param name="UpdatedAt">When an admin last saved them; null while they are the configured defaults.</param>
public sealed record SettingsResponse(
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
    IReadOnlyList<string> ShareNetworks,
    bool UtmTagging,
    string MastodonInstance,
    FeedContent FeedContent,
    DateTimeOffset? UpdatedAt)
{
    /// <summary>Shapes stored settings.</summary>
    public static SettingsResponse From(StoredSettings stored)
    {
        var s = stored.Settings;
        return new SettingsResponse(s.SiteName, s.BaseUrl, s.ArticleUrlTemplate, s.AuthorUrlTemplate, s.DefaultLanguage, s.DefaultShareImage,
            s.PublisherName, s.PublisherLogo, s.XHandle, s.FacebookAppId, s.ShareNetworks.Select(network => network.Name()).ToList(),
            s.UtmTagging, s.MastodonInstance, s.FeedContent, stored.UpdatedAt);
    }
}
