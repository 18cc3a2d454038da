using Cms.Domain.Articles;
using Cms.Domain.Articles.Body;
using Cms.Domain.Authors;
using Cms.Domain.Common;
using Cms.Domain.Settings;
using Cms.Domain.Sharing;
using Cms.Domain.Tags;

namespace Cms.Domain.Feeds;

/// <summary>Gathers the latest published articles of the site, a tag or an author into a feed.</summary>
public sealed class FeedReading(IArticleCatalog catalog, ITagStore tags, IAuthorStore authors, SiteSettingsCache settings)
{
    /// <summary>The feed, or null when the tag or author does not exist or the tag is internal.</summary>
    /// <param name="kind">Whose articles.</param>
    /// <param name="slug">The tag's or author's slug or id; ignored for the site feed.</param>
    /// <param name="items">How many articles at most.</param>
    /// <param name="origin">The address the request came to, for sites without a base URL.</param>
    /// <param name="selfUrl">The feed's own address.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<Feed?> ReadAsync(FeedKind kind, string slug, int items, string origin, string selfUrl, CancellationToken cancellationToken)
    {
        var site = settings.Current.Settings;
        var (filter, title, description) = kind switch
        {
            FeedKind.Tag => await tags.FindAsync(slug, cancellationToken) is { Details.Visibility: TagVisibility.Public } tag
                ? (ArticleFilter.Everything with { Tags = [tag.Id.ToString("D")] }, $"{site.SiteName} · {tag.Details.Name}", tag.Details.Description)
                : default,
            FeedKind.Author => await authors.FindAsync(slug, cancellationToken) is { } author
                ? (ArticleFilter.Everything with { Authors = [author.Id.ToString("D")] }, $"{site.SiteName} · {author.Details.Name}", author.Details.Bio)
                : default,
            _ => (ArticleFilter.Everything, site.SiteName, null),
        };
        if (filter is null) return null;

        var full = site.FeedContent == FeedContent.Full;
        var page = await catalog.ListAsync(filter with { Statuses = new HashSet<ArticleStatus> { ArticleStatus.Published } },
            new PageRequest(items, null, null), Audience.Public, full ? BodyFormats.Html : BodyFormats.None, cancellationToken);
        var entries = page.Items.Where(view => view.PublishedAt is not null).Select(view => new FeedEntry(view.Id, view.Title,
            SharePayloads.CanonicalUrl(view, site, origin), view.Excerpt,
            full && view.Body?.Html is { } html ? ReadAlsoSplice.Html(html, ReadAlsoSplice.Visible(view.ReadAlso), view.Language) : null,
            view.PublishedAt!.Value, view.UpdatedAt,
            view.Authors.Select(byline => new FeedPerson(byline.Name, SharePayloads.AuthorUrl(byline, site, origin))).ToList(),
            view.Tags.Select(tag => tag.Name).ToList(), view.Language)).ToList();
        var updated = entries.Count > 0 ? entries.Max(entry => entry.Updated) : settings.Current.UpdatedAt ?? DateTimeOffset.UnixEpoch;
        return new Feed(title, string.IsNullOrWhiteSpace(description) ? title : description, site.Absolute("/", origin), selfUrl, site.DefaultLanguage, site.Publisher, updated, entries);
    }
}
