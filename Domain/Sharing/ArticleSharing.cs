using Cms.Domain.Articles;
using Cms.Domain.Common;
using Cms.Domain.Settings;
using Cms.Domain.Translations;

namespace Cms.Domain.Sharing;

/// <summary>Builds share payloads with the site's current settings and the article's published translations.</summary>
public sealed class ArticleSharing(SiteSettingsCache settings, IArticleCatalog catalog, ITranslationStore translations)
{
    /// <summary>The share payload of an article the caller may see.</summary>
    /// <param name="view">The article.</param>
    /// <param name="origin">The address the request came to, for sites without a base URL.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<SharePayload> ForAsync(ArticleView view, string origin, CancellationToken cancellationToken)
    {
        var site = settings.Current.Settings;
        var ids = await translations.TranslationsOfAsync(view.Id, cancellationToken);
        var published = await catalog.FindManyAsync(ids, Audience.Public, BodyFormats.None, cancellationToken);
        var alternates = published.Select(t => new LanguageAlternate(t.Language, SharePayloads.CanonicalUrl(t, site, origin))).ToList();
        return SharePayloads.For(view, site, origin, alternates);
    }
}
