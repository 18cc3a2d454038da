using Cms.Domain.Articles;
using Cms.Domain.Common;
using Cms.Infrastructure.Database;
using Dapper;

namespace Cms.Infrastructure.Articles;

/// <summary>Tombstones in <c>article_tombstones</c>, written by the article store when it deletes.</summary>
public sealed class SqliteArticleTombstones(ISqlDialect dialect) : IArticleTombstones
{
    private const string Shown = "(@newsroom OR was_public = 1) AND (@since IS NULL OR deleted_at > @since)";

    /// <inheritdoc />
    public async Task<Page<ArticleTombstone>> ListAsync(DateTimeOffset? since, PageRequest page, Audience audience,
        CancellationToken cancellationToken)
    {
        var where = $"WHERE {Shown}" +
                    (page.After is null ? "" : " AND (deleted_at, id) > (@sortValue, @afterId)");
        var sql = $"SELECT id, slug, deleted_at FROM article_tombstones {where} ORDER BY deleted_at, id LIMIT @take OFFSET @skip";
        var parameters = PageSlice.Parameters(page, audience);
        parameters.Add("since", since is { } at ? TextColumns.Format(at) : null);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<TombstoneRow>(sql, parameters)).ToList();
        var next = PageSlice.Trim(rows, page.Limit, last => new ListPosition(TextColumns.Format(last.DeletedAt), last.Id));
        int? total = page.PageNumber is null
            ? null
            : await connection.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM article_tombstones WHERE {Shown}", parameters);
        return new Page<ArticleTombstone>(rows.Select(row => new ArticleTombstone(row.Id, row.Slug, row.DeletedAt)).ToList(), next, total);
    }

    /// <inheritdoc />
    public async Task<int> VersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>("SELECT version FROM article_tombstones_version");
    }

    /// <inheritdoc />
    public async Task<int?> VersionHoldingAsync(Guid id, CancellationToken cancellationToken)
    {
        const string sql = "SELECT version FROM article_tombstones_version WHERE EXISTS (SELECT 1 FROM article_tombstones WHERE id = @id)";
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int?>(sql, new { id });
    }

    /// <inheritdoc />
    public Task<Failure?> PurgeAsync(Guid id, int loadedVersion, CancellationToken cancellationToken)
    {
        // Gone meanwhile counts as stale too: purging it moved the list on, and a write without If-Match reads again and finds none.
        const string sql = "DELETE FROM article_tombstones WHERE id = @id AND (SELECT version FROM article_tombstones_version) = @loadedVersion";
        return dialect.WriteAsync(async (connection, transaction) =>
            await connection.ExecuteAsync(sql, new { id, loadedVersion }, transaction) > 0 ? null : TombstoneDesk.Stale, cancellationToken);
    }

    private sealed class TombstoneRow
    {
        public Guid Id { get; init; }
        public string Slug { get; init; } = "";
        public DateTimeOffset DeletedAt { get; init; }
    }
}
