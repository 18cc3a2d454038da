using Cms.Domain.Articles;
using Cms.Domain.Settings;

namespace Cms.Domain.Sharing;

/// <summary>Builds share payloads with the site's current settings.</summary>
public sealed class ArticleSharing(SiteSettingsCache settings)
{
    /// <summary>The share payload of an article the caller may see.</summary>
    /// <param name="view">The article.</param>
    /// <param name="origin">The address the request came to, for sites without a base URL.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public Task<SharePayload> ForAsync(ArticleView view, string origin, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(SharePayloads.For(view, settings.Current.Settings, origin, []));
    }
}
