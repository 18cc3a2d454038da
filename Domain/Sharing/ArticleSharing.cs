using Cms.Domain.Articles;
using Cms.Domain.Common;
using Cms.Domain.Settings;
using Cms.Domain.Translations;

namespace Cms.Domain.Sharing;

/// <summary>Builds share payloads with the site's current settings and the articles' published translations.</summary>
public sealed class ArticleSharing(SiteSettingsCache settings, IArticleCatalog catalog, ITranslationStore translations)
{
    /// <summary>The share payload of an article the caller may see.</summary>
    /// <param name="view">The article.</param>
    /// <param name="origin">The address the request came to, for sites without a base URL.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<SharePayload> ForAsync(ArticleView view, string origin, CancellationToken cancellationToken) =>
        (await ForManyAsync([view], origin, cancellationToken))[view.Id];

    /// <summary>The share payloads of several articles, by id, with two queries in all.</summary>
    /// <param name="views">The articles.</param>
    /// <param name="origin">The address the request came to, for sites without a base URL.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<IReadOnlyDictionary<Guid, SharePayload>> ForManyAsync(IReadOnlyList<ArticleView> views, string origin,
        CancellationToken cancellationToken)
    {
        var site = settings.Current.Settings;
        var groups = await translations.TranslationsOfAsync(views.Select(view => view.Id).ToList(), cancellationToken);
        var published = (await catalog.FindManyAsync(groups.Values.SelectMany(ids => ids).Distinct().ToList(), Audience.Public,
            BodyFormats.None, cancellationToken)).ToDictionary(view => view.Id);
        return views.DistinctBy(view => view.Id).ToDictionary(view => view.Id, view =>
        {
            var alternates = groups.GetValueOrDefault(view.Id, [])
                .Where(published.ContainsKey)
                .Select(id => new LanguageAlternate(published[id].Language, SharePayloads.CanonicalUrl(published[id], site, origin)))
                .ToList();
            return SharePayloads.For(view, site, origin, alternates);
        });
    }
}
