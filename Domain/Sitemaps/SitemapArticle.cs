namespace Cms.Domain.Sitemaps;

/// <summary>A published article as a sitemap needs it.</summary>
/// <param name="Id">UUID v7.</param>
/// <param name="Slug">Readable key.</param>
/// <param name="Title">Headline, for news sitemaps.</param>
/// <param name="Language">BCP 47 tag.</param>
/// <param name="PublishedAt">When it went public.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="CanonicalUrl">The original's URL when the article is republished from elsewhere.</param>
public sealed record SitemapArticle(Guid Id, string Slug, string Title, string Language, DateTimeOffset PublishedAt, DateTimeOffset UpdatedAt,
    string? CanonicalUrl);

/// <summary>Reads published articles for sitemaps, in a stable order so that each sitemap file keeps its articles.</summary>
public interface ISitemapCatalog
{
    /// <summary>How many articles are published.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken);

    /// <summary>Published articles, oldest publication first, from <paramref name="skip"/>.</summary>
    Task<IReadOnlyList<SitemapArticle>> PageAsync(long skip, int take, CancellationToken cancellationToken);

    /// <summary>For each file of <paramref name="size"/> articles in that order, the latest change among them.</summary>
    Task<IReadOnlyList<DateTimeOffset>> FileChangesAsync(int size, CancellationToken cancellationToken);

    /// <summary>Articles published at or after <paramref name="since"/>, newest first.</summary>
    Task<IReadOnlyList<SitemapArticle>> PublishedSinceAsync(DateTimeOffset since, int take, CancellationToken cancellationToken);
}
