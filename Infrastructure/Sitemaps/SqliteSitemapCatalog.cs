using Cms.Domain.Sitemaps;
using Cms.Infrastructure.Database;
using Dapper;

namespace Cms.Infrastructure.Sitemaps;

/// <summary>Reads published articles for sitemaps along the publication index, oldest first, so files stay stable as articles are added.</summary>
public sealed class SqliteSitemapCatalog(ISqlDialect dialect) : ISitemapCatalog
{
    private const string Columns = """
        id AS Id, slug AS Slug, title AS Title, language AS Language, published_at AS PublishedAt, updated_at AS UpdatedAt,
        canonical_url AS CanonicalUrl
        """;

    /// <inheritdoc />
    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        const string sql = "SELECT COUNT(*) FROM articles WHERE status = 'published'";
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(sql);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SitemapArticle>> PageAsync(long skip, int take, CancellationToken cancellationToken)
    {
        const string sql = $"""
            SELECT {Columns} FROM articles WHERE status = 'published'
            ORDER BY COALESCE(published_at, ''), id LIMIT @take OFFSET @skip
            """;
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<Row>(sql, new { skip, take })).Select(row => row.Article).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<DateTimeOffset>> FileChangesAsync(int size, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT MAX(updated_at) FROM (
                SELECT updated_at, (ROW_NUMBER() OVER (ORDER BY COALESCE(published_at, ''), id) - 1) / @size AS file
                FROM articles WHERE status = 'published')
            GROUP BY file ORDER BY file
            """;
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<DateTimeOffset>(sql, new { size })).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<SitemapArticle>> PublishedSinceAsync(DateTimeOffset since, int take, CancellationToken cancellationToken)
    {
        const string sql = $"""
            SELECT {Columns} FROM articles WHERE status = 'published' AND COALESCE(published_at, '') >= @since
            ORDER BY COALESCE(published_at, '') DESC, id DESC LIMIT @take
            """;
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<Row>(sql, new { since, take })).Select(row => row.Article).ToList();
    }

    private sealed class Row
    {
        public Guid Id { get; init; }
        public string Slug { get; init; } = "";
        public string Title { get; init; } = "";
        public string Language { get; init; } = "";
        public DateTimeOffset PublishedAt { get; init; }
        public DateTimeOffset UpdatedAt { get; init; }
        public string? CanonicalUrl { get; init; }

        public SitemapArticle Article => new(Id, Slug, Title, Language, PublishedAt, UpdatedAt, CanonicalUrl);
    }
}
