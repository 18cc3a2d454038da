using Cms.Domain.Articles;
using Cms.Domain.Common;
using Cms.Domain.Related;
using Cms.Infrastructure.Articles;
using Cms.Infrastructure.Database;
using Dapper;

namespace Cms.Infrastructure.Related;

/// <summary>Keeps editors' picks and finds articles that share tags.</summary>
public sealed class SqliteRelatedStore(ISqlDialect dialect) : IRelatedStore
{
    private const string PicksSql = "SELECT target_id FROM article_picks WHERE article_id = @articleId ORDER BY position";

    /// <inheritdoc />
    public async Task<IReadOnlyList<Guid>> PicksAsync(Guid articleId, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<Guid>(PicksSql, new { articleId })).ToList();
    }

    /// <inheritdoc />
    public async Task<LinkedArticles<Guid>?> PickListAsync(Guid articleId, CancellationToken cancellationToken)
    {
        // The version is read before the list: a write landing between the two leaves a tag older than the list, which the
        // next write refuses, never one newer than what it shows.
        await using var connection = await dialect.OpenAsync(cancellationToken);
        if (await ArticleListVersions.ReadAsync(connection, null, articleId, ArticleLists.Picks) is not { } version) return null;
        var picks = (await connection.QueryAsync<Guid>(PicksSql, new { articleId })).ToList();
        return new LinkedArticles<Guid>(articleId, ArticleLists.Picks, picks, version);
    }

    /// <inheritdoc />
    public Task<Failure?> SavePicksAsync(Guid articleId, IReadOnlyList<Guid> picks, int loadedVersion, CancellationToken cancellationToken)
    {
        const string clearSql = "DELETE FROM article_picks WHERE article_id = @articleId";
        const string insertSql = "INSERT INTO article_picks (article_id, position, target_id) VALUES (@articleId, @position, @targetId)";
        return dialect.WriteAsync(async (connection, transaction) =>
        {
            if (await ArticleListVersions.CheckAsync(connection, transaction, articleId, ArticleLists.Picks, loadedVersion) is { } stale) return stale;
            if (ListedArticles.Gone(picks, await ListedArticles.LanguagesAsync(connection, transaction, picks)) is { } gone) return gone;
            await connection.ExecuteAsync(clearSql, new { articleId }, transaction);
            await connection.ExecuteAsync(insertSql, picks.Select((targetId, position) => new { articleId, position, targetId }), transaction);
            await ArticleListVersions.MoveOnAsync(connection, transaction, [articleId], ArticleLists.Picks);
            return null;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<TagNeighbours> NeighboursAsync(Guid articleId, int perTag, CancellationToken cancellationToken)
    {
        // The link table carries each article's status and publication time, so both reads stay inside its publication index.
        const string tagsSql = """
            SELECT at.tag_id AS TagId,
                (SELECT COUNT(*) FROM article_tags x WHERE x.tag_id = at.tag_id AND x.status = 'published') AS Articles
            FROM article_tags at JOIN tags t ON t.id = at.tag_id
            WHERE at.article_id = @articleId AND t.visibility = 'public'
            """;
        const string publishedSql = "SELECT COUNT(*) FROM articles WHERE status = 'published'";
        const string sharingSql = """
            SELECT article_id AS ArticleId, published_at AS PublishedAt FROM article_tags
            WHERE tag_id = @tagId AND status = 'published' AND article_id <> @articleId
            ORDER BY published_at DESC, article_id DESC LIMIT @perTag
            """;
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var tags = (await connection.QueryAsync<TagRow>(tagsSql, new { articleId })).ToList();
        if (tags.Count == 0) return new TagNeighbours(0, []);
        var published = await connection.ExecuteScalarAsync<int>(publishedSql);
        var shares = new List<SharedTag>();
        foreach (var tag in tags)
        {
            var rows = await connection.QueryAsync<NeighbourRow>(sharingSql, new { tagId = tag.TagId, articleId, perTag });
            shares.AddRange(rows.Select(row => new SharedTag(row.ArticleId, tag.TagId, tag.Articles, row.PublishedAt)));
        }
        return new TagNeighbours(published, shares);
    }

    private sealed class TagRow
    {
        public Guid TagId { get; init; }
        public int Articles { get; init; }
    }

    private sealed class NeighbourRow
    {
        public Guid ArticleId { get; init; }
        public DateTimeOffset PublishedAt { get; init; }
    }
}
