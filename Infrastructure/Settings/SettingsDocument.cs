using System.Text.Json.Serialization;
using Cms.Domain.Settings;

namespace Cms.Infrastructure.Settings;

/// <summary>The stored form of the settings; a setting missing from an older document takes its default.</summary>
internal sealed class SettingsDocument
{
    public string? SiteName { get; init; }
    public string? BaseUrl { get; init; }
    public string? ArticleUrlTemplate { get; init; }
    public string? AuthorUrlTemplate { get; init; }
    public string? DefaultLanguage { get; init; }
    public string? DefaultShareImage { get; init; }
    public string? PublisherName { get; init; }
    public string? PublisherLogo { get; init; }
    public string? XHandle { get; init; }
    public string? FacebookAppId { get; init; }
    public string[]? ShareNetworks { get; init; }
    public bool UtmTagging { get; init; }
    public string? MastodonInstance { get; init; }
    public string? FeedContent { get; init; }

    public static SettingsDocument From(SiteSettings settings) => new()
    {
        SiteName = settings.SiteName,
        BaseUrl = settings.BaseUrl,
        ArticleUrlTemplate = settings.ArticleUrlTemplate,
        AuthorUrlTemplate = settings.AuthorUrlTemplate,
        DefaultLanguage = settings.DefaultLanguage,
        DefaultShareImage = settings.DefaultShareImage,
        PublisherName = settings.PublisherName,
        PublisherLogo = settings.PublisherLogo,
        XHandle = settings.XHandle,
        FacebookAppId = settings.FacebookAppId,
        ShareNetworks = settings.ShareNetworks.Select(network => network.Name()).ToArray(),
        UtmTagging = settings.UtmTagging,
        MastodonInstance = settings.MastodonInstance,
        FeedContent = settings.FeedContent == Domain.Settings.FeedContent.Full ? "full" : "excerpt",
    };

    public SiteSettings ToSettings(SiteSettings defaults) => new(
        SiteName ?? defaults.SiteName,
        BaseUrl,
        ArticleUrlTemplate ?? defaults.ArticleUrlTemplate,
        AuthorUrlTemplate ?? defaults.AuthorUrlTemplate,
        DefaultLanguage ?? defaults.DefaultLanguage,
        DefaultShareImage,
        PublisherName,
        PublisherLogo,
        XHandle,
        FacebookAppId,
        ShareNetworks is null ? defaults.ShareNetworks : ShareNetworks.Select(ShareNetworkNames.Parse).OfType<ShareNetwork>().ToList(),
        UtmTagging,
        MastodonInstance ?? defaults.MastodonInstance,
        FeedContent == "full" ? Domain.Settings.FeedContent.Full : Domain.Settings.FeedContent.Excerpt);
}

/// <summary>Source-generated JSON for the settings document.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(SettingsDocument))]
internal sealed partial class SettingsJson : JsonSerializerContext;
