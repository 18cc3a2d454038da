using Cms.Domain.Articles;
using Cms.Domain.Settings;

namespace Cms.Api.Tests.Domain.Sharing;

/// <summary>An article and a site to resolve share payloads from.</summary>
internal static class ShareSamples
{
    public const string Origin = "https://cms.example";

    public static readonly SiteSettings Site = SiteSettings.Defaults("Le Quotidien", "https://news.example", "/{yyyy}/{MM}/{slug}", "fr") with
    {
        DefaultShareImage = "https://news.example/default.png",
        PublisherLogo = "https://news.example/logo.png",
        XHandle = "@lequotidien",
        FacebookAppId = "4242",
        ShareNetworks = Enum.GetValues<ShareNetwork>(),
    };

    public static readonly FeatureImage Feature = new("https://img.example/feature.jpg", "Une salle de rédaction", null, "AFP", 1600, 900);

    public static readonly ShareMetadata AllSet = new("Meta title", "Meta description", "OG title", "OG description", "https://img.example/og.jpg",
        "X title", "X description", "https://img.example/x.jpg", "summary", ["Économie", "été_2024"]);

    public static ArticleView Article(ShareMetadata? share = null, FeatureImage? image = null, string title = "Le titre",
        string excerpt = "L’extrait.", string? subtitle = "Le chapeau", string? canonicalUrl = null) =>
        new(Guid.Parse("0190f5c1-7a2b-7c3d-8e4f-5a6b7c8d9e0f"), "le-titre", title, subtitle, excerpt, "fr-BE", ArticleStatus.Published,
            new DateTimeOffset(2024, 7, 1, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 7, 2, 9, 15, 0, TimeSpan.Zero),
            new DateTimeOffset(2024, 7, 1, 10, 30, 0, TimeSpan.Zero), new DateTimeOffset(2024, 7, 1, 10, 30, 0, TimeSpan.Zero),
            image, canonicalUrl, 120, share ?? ShareMetadata.None,
            [new Byline(Guid.Parse("0190f5c1-0000-7000-8000-000000000001"), "claire-dubois", "Claire Dubois")],
            [new TagLabel(Guid.Parse("0190f5c1-0000-7000-8000-000000000002"), "economie", "Économie"),
             new TagLabel(Guid.Parse("0190f5c1-0000-7000-8000-000000000003"), "europe", "Europe")],
            null, [], 3);
}
