using Cms.Api.Articles;
using Cms.Api.Feeds;
using Cms.Api.Settings;
using Cms.Api.Sitemaps;
using Cms.Domain.Articles;
using Cms.Domain.Feeds;
using Cms.Domain.Related;
using Cms.Domain.Settings;
using Cms.Domain.Sharing;
using Cms.Domain.Sitemaps;
using Cms.Domain.Translations;
using Cms.Infrastructure.Database;
using Cms.Infrastructure.Related;
using Cms.Infrastructure.Settings;
using Cms.Infrastructure.Sitemaps;
using Cms.Infrastructure.Translations;
using FluentValidation;

namespace Cms.Api.Hosting;

/// <summary>The site's settings and what is built from them: links, share payloads, related content, feeds and sitemaps.</summary>
public static class SiteServices
{
    /// <summary>Registers the settings (kept in memory, checked every <c>Cms:Site:SettingsRefreshSeconds</c>), sharing, related content, translations, feeds and sitemaps.</summary>
    public static void AddSite(this IServiceCollection services, IConfiguration configuration)
    {
        var site = configuration.GetSection("Cms:Site");
        var defaults = SiteSettings.Defaults(site["Name"] ?? "Newsroom", site["BaseUrl"] is { Length: > 0 } baseUrl ? baseUrl : null,
            site["ArticleUrlTemplate"] ?? ArticleLinks.DefaultTemplate, site["DefaultLanguage"] ?? "en");
        services.AddSingleton<ISiteSettingsStore>(s => new SqliteSiteSettingsStore(s.GetRequiredService<ISqlDialect>(), defaults));
        services.AddSingleton(s => new SiteSettingsCache(s.GetRequiredService<ISiteSettingsStore>(), defaults));
        services.AddSingleton<SettingsDesk>();
        services.AddSingleton<ArticleLinks>();
        services.AddSingleton<ArticleSharing>();
        services.AddSingleton<ITranslationStore, SqliteTranslationStore>();
        services.AddSingleton<TranslationDesk>();
        services.AddSingleton<IRelatedStore, SqliteRelatedStore>();
        services.AddSingleton<RelatedReading>();
        services.AddSingleton<PicksDesk>();
        services.AddSingleton<IValidator<ArticleKeysRequest>, ArticleKeysRequestValidator>();
        services.AddSingleton<FeedReading>();
        services.AddSingleton<ISitemapCatalog, SqliteSitemapCatalog>();
        services.AddSingleton<SitemapReading>();
        services.AddSingleton(new SitemapEndpoints.SitemapSettings(
            Math.Clamp(configuration.GetValue<int?>("Cms:Sitemaps:UrlsPerFile") ?? SitemapReading.MaxUrlsPerFile, 1, SitemapReading.MaxUrlsPerFile)));
        services.AddSingleton(new FeedEndpoints.FeedSettings(Math.Clamp(configuration.GetValue<int?>("Cms:Feeds:Items") ?? 30, 1, 500)));
        services.AddSingleton(new SettingsRefresh.Interval(TimeSpan.FromSeconds(Math.Max(1, site.GetValue<int?>("SettingsRefreshSeconds") ?? 10))));
        services.AddSingleton<SettingsRefresh>();
        services.AddHostedService(s => s.GetRequiredService<SettingsRefresh>());
        services.AddSingleton<IValidator<SettingsRequest>, SettingsRequestValidator>();
    }
}
