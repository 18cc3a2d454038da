using Cms.Domain.Articles;
using Cms.Domain.Common;
using Cms.Domain.Settings;

namespace Cms.Domain.Sitemaps;

/// <summary>A sitemap document and when the newest change in it happened.</summary>
/// <param name="Xml">The UTF-8 XML.</param>
/// <param name="Changed">The latest change it shows.</param>
public sealed record SitemapDocument(byte[] Xml, DateTimeOffset Changed);

/// <summary>
/// Builds sitemaps of published articles: one <c>urlset</c> while they fit in one file, an index of numbered files past that,
/// and a news sitemap of the last two days. An article republished from elsewhere (its canonical URL is not its own) is left out.
/// </summary>
public sealed class SitemapReading(ISitemapCatalog catalog, SiteSettingsCache settings, IClock clock)
{
    /// <summary>The most URLs the sitemaps protocol allows in one file.</summary>
    public const int MaxUrlsPerFile = 50_000;

    /// <summary>How far back the news sitemap looks.</summary>
    public static readonly TimeSpan NewsWindow = TimeSpan.FromDays(2);

    /// <summary>The most URLs a news sitemap may hold.</summary>
    public const int MaxNewsUrls = 1_000;

    /// <summary>The root sitemap: every article, or past <paramref name="perFile"/> the index of files.</summary>
    /// <param name="perFile">URLs per file, at most <see cref="MaxUrlsPerFile"/>.</param>
    /// <param name="origin">The address the request came to.</param>
    /// <param name="fileUrl">The address of file number n (from 1).</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task<SitemapDocument> RootAsync(int perFile, string origin, Func<int, string> fileUrl, CancellationToken cancellationToken)
    {
        if (await catalog.CountAsync(cancellationToken) <= perFile) return await FileAsync(1, perFile, origin, cancellationToken) ?? Empty();
        var changes = await catalog.FileChangesAsync(perFile, cancellationToken);
        return new SitemapDocument(SitemapXml.Index(changes.Select((changed, index) => (fileUrl(index + 1), changed))), changes.Max());
    }

    /// <summary>File number <paramref name="number"/> (from 1), or null past the last one.</summary>
    public async Task<SitemapDocument?> FileAsync(int number, int perFile, string origin, CancellationToken cancellationToken)
    {
        if (number < 1) return null;
        var articles = await catalog.PageAsync((long)(number - 1) * perFile, perFile, cancellationToken);
        if (articles.Count == 0) return number == 1 ? Empty() : null;
        var site = settings.Current.Settings;
        var urls = Own(articles, site, origin).Select(own => (own.Url, own.Article.UpdatedAt)).ToList();
        return new SitemapDocument(SitemapXml.UrlSet(urls), articles.Max(article => article.UpdatedAt));
    }

    /// <summary>The news sitemap: articles published in the last two days, newest first.</summary>
    public async Task<SitemapDocument> NewsAsync(string origin, CancellationToken cancellationToken)
    {
        var site = settings.Current.Settings;
        var articles = await catalog.PublishedSinceAsync(clock.Now - NewsWindow, MaxNewsUrls, cancellationToken);
        var changed = articles.Count == 0 ? DateTimeOffset.UnixEpoch : articles.Max(article => article.UpdatedAt);
        return new SitemapDocument(SitemapXml.NewsSet(site.Publisher, Own(articles, site, origin)), changed);
    }

    private static IEnumerable<(string Url, SitemapArticle Article)> Own(IEnumerable<SitemapArticle> articles, SiteSettings site, string origin) =>
        articles.Select(article => (Url: site.Absolute(ArticleLinks.Fill(site.ArticleUrlTemplate, article.Id, article.Slug, article.PublishedAt), origin), Article: article))
            .Where(own => own.Article.CanonicalUrl is null || own.Article.CanonicalUrl == own.Url);

    private static SitemapDocument Empty() => new(SitemapXml.UrlSet([]), DateTimeOffset.UnixEpoch);
}
