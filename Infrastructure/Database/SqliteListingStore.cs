using System.Data.Common;
using Cms.Domain.Common;
using Cms.Domain.Exchange;
using Cms.Domain.Webhooks;
using Cms.Infrastructure.Articles;
using Cms.Infrastructure.Webhooks;
using Dapper;

namespace Cms.Infrastructure.Database;

/// <summary>What authors and tags share in storage: slugs, versions, paging by name.</summary>
public abstract class SqliteListingStore<TDetails, TRow>(ISqlDialect dialect, string what)
    : IListingStore<TDetails>, IListingCatalog<TDetails>
    where TDetails : class
    where TRow : ListingRow
{
    /// <summary>The table's name.</summary>
    protected abstract string Table { get; }

    /// <summary>Inserts a row from the parameters made by <see cref="Parameters"/>.</summary>
    protected abstract string InsertSql { get; }

    /// <summary>Updates a row where <c>id = @Id AND version = @LoadedVersion</c>.</summary>
    protected abstract string UpdateSql { get; }

    /// <summary>The table linking articles to these records, and its column naming the record.</summary>
    protected abstract (string Table, string Column) ArticleLinks { get; }

    /// <summary>A condition on rows the public may see.</summary>
    protected virtual string PublicFilter => "1";

    /// <summary>The record's details read from a row.</summary>
    protected abstract TDetails Details(TRow row);

    /// <summary>The parameters that write a record.</summary>
    protected abstract object Parameters(Listed<TDetails> record, int loadedVersion);

    /// <inheritdoc />
    public async Task<Listed<TDetails>?> FindAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<TRow>(
            $"SELECT *, {PublishedArticles} AS published_articles FROM {Table} WHERE {Keys.Condition(key)}", new { key = Keys.Normalize(key) });
        return row is null ? null : Listed(row);
    }

    /// <inheritdoc />
    public async Task<bool> SlugTakenAsync(string slug, Guid? except, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(
            $"SELECT EXISTS (SELECT 1 FROM {Table} WHERE slug = @slug AND id IS NOT @except)", new { slug, except });
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, Guid>> FindIdsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        Keys.ResolveAsync(dialect, $"SELECT id, slug FROM {Table} WHERE id IN @keys OR slug IN @keys", keys, cancellationToken);

    /// <inheritdoc />
    public Task<Failure?> InsertAsync(Listed<TDetails> record, NewsroomEvent change, CancellationToken cancellationToken) =>
        dialect.WriteAsync((connection, transaction) => InsertAsync(connection, transaction, record, change), cancellationToken);

    /// <inheritdoc />
    public Task<Failure?> UpdateAsync(Listed<TDetails> record, int loadedVersion, NewsroomEvent change, CancellationToken cancellationToken) =>
        dialect.WriteAsync((connection, transaction) => UpdateAsync(connection, transaction, record, loadedVersion, change), cancellationToken);

    /// <summary>Stores a new record and its event inside a transaction the caller owns; a conflict when its slug is taken.</summary>
    internal Task<Failure?> InsertAsync(DbConnection connection, DbTransaction transaction, Listed<TDetails> record, NewsroomEvent change) =>
        WriteAsync(connection, transaction, InsertSql, Parameters(record, 0), record, renamed: false, change);

    /// <summary>Stores a changed record and its event inside a transaction the caller owns, if it is still at <paramref name="loadedVersion"/>.</summary>
    internal Task<Failure?> UpdateAsync(DbConnection connection, DbTransaction transaction, Listed<TDetails> record, int loadedVersion,
        NewsroomEvent change) =>
        WriteAsync(connection, transaction, UpdateSql, Parameters(record, loadedVersion), record, renamed: true, change);

    /// <inheritdoc />
    public async Task<Failure?> DeleteAsync(Guid id, int loadedVersion, NewsroomEvent change, CancellationToken cancellationToken)
    {
        try
        {
            return await dialect.WriteAsync(async (connection, transaction) =>
            {
                await connection.ExecuteAsync(SearchNamesSql, new { id, leaveOut = id }, transaction);
                if (LetGoSql is { } letGo) await connection.ExecuteAsync(letGo, new { id }, transaction);
                var deleted = await connection.ExecuteAsync(
                    $"DELETE FROM {Table} WHERE id = @id AND version = @loadedVersion", new { id, loadedVersion }, transaction);
                if (deleted == 0) return Failure.Stale(what);
                await Outbox.RecordAsync(connection, transaction, change);
                return null;
            }, cancellationToken);
        }
        catch (DbException e) when (dialect.IsForeignKeyViolation(e))
        {
            await using var connection = await dialect.OpenAsync(cancellationToken);
            var named = await connection.ExecuteScalarAsync<bool>(
                $"SELECT EXISTS (SELECT 1 FROM {ArticleLinks.Table} WHERE {ArticleLinks.Column} = @id)", new { id });
            return new Failure(FailureKind.Conflict, $"{what}-in-use",
                named ? $"The {what} is still named on articles; take it off them first." : HeldElsewhere);
        }
    }

    /// <summary>Why a record that no article names still cannot be deleted.</summary>
    protected virtual string HeldElsewhere => $"Other records still refer to the {what}.";

    /// <summary>What lets go of the record <c>@id</c> when it is deleted, in the same transaction; null when nothing does.</summary>
    protected virtual string? LetGoSql => null;

    /// <inheritdoc />
    public async Task<Page<Listed<TDetails>>> ListAsync(PageRequest page, Audience audience, CancellationToken cancellationToken)
    {
        var visible = $"(@newsroom OR {PublicFilter})";
        var after = page.After is null ? "" : "AND (sort_name, id) > (@sortValue, @afterId)";
        var sql = $"SELECT *, {PublishedArticles} AS published_articles FROM {Table} WHERE {visible} {after} ORDER BY sort_name, id LIMIT @take OFFSET @skip";
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<TRow>(sql, PageSlice.Parameters(page, audience))).ToList();
        var next = PageSlice.Trim(rows, page.Limit, last => new ListPosition(last.SortName, last.Id));
        int? total = page.PageNumber is null
            ? null
            : await connection.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM {Table} WHERE {visible}", new { newsroom = audience == Audience.Newsroom });
        return new Page<Listed<TDetails>>(rows.Select(Listed).ToList(), next, total);
    }

    private string PublishedArticles =>
        $"(SELECT COUNT(*) FROM {ArticleLinks.Table} l WHERE l.{ArticleLinks.Column} = {Table}.id AND l.status = 'published')";

    private string SearchNamesSql => SearchIndex.NamesSql(ArticleLinks.Table, ArticleLinks.Column);

    /// <summary>The record a row holds.</summary>
    internal Listed<TDetails> Listed(TRow row) =>
        new(row.Id, row.Slug, Details(row), row.CreatedAt, row.UpdatedAt, row.Version) { PublishedArticles = row.PublishedArticles };

    /// <summary>The records a bulk import names, by slug, id or external id.</summary>
    internal async Task<IReadOnlyList<StoredListing<TDetails>>> MatchAsync(DbConnection connection, KeySet keys)
    {
        if (keys.Slugs.Count + keys.Ids.Count + keys.ExternalIds.Count == 0) return [];
        var sql = $"SELECT * FROM {Table} WHERE slug IN {ValueList.In("slugs")} OR id IN {ValueList.In("ids")} OR external_id IN {ValueList.In("externalIds")}";
        var rows = await connection.QueryAsync<TRow>(sql,
            new { slugs = ValueList.Of(keys.Slugs), ids = ValueList.Of(keys.Ids), externalIds = ValueList.Of(keys.ExternalIds) });
        return rows.Select(row => new StoredListing<TDetails>(Listed(row), row.ExternalId)).ToList();
    }

    /// <summary>
    /// Every record changed at or after <paramref name="since"/> (all when null), by creation time then slug, streamed, read
    /// in <paramref name="transaction"/>.
    /// </summary>
    internal IAsyncEnumerable<TRow> ReadAllAsync(DbConnection connection, DbTransaction transaction, DateTimeOffset? since) =>
        connection.QueryUnbufferedAsync<TRow>($"SELECT * FROM {Table} WHERE @since IS NULL OR updated_at >= @since ORDER BY created_at, slug",
            new { since }, transaction);

    /// <summary>Sets the external id a script chose for a record, inside the caller's transaction.</summary>
    internal Task<Failure?> KeepExternalIdAsync(DbConnection connection, DbTransaction transaction, Guid id, string externalId) =>
        ExternalIds.KeepAsync(dialect, connection, transaction, Table, what, id, externalId);

    private async Task<Failure?> WriteAsync(DbConnection connection, DbTransaction transaction, string sql, object parameters, Listed<TDetails> record,
        bool renamed, NewsroomEvent change)
    {
        try
        {
            if (await connection.ExecuteAsync(sql, parameters, transaction) == 0) return Failure.Stale(what);
            if (renamed) await connection.ExecuteAsync(SearchNamesSql, new { id = record.Id, leaveOut = (Guid?)null }, transaction);
            await Outbox.RecordAsync(connection, transaction, change);
        }
        catch (DbException e) when (dialect.IsUniqueViolation(e))
        {
            return Failure.SlugTaken(what, record.Slug);
        }
        return null;
    }
}

/// <summary>The columns every author and tag row has.</summary>
public abstract class ListingRow
{
    /// <summary>The record's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The record's slug.</summary>
    public string Slug { get; init; } = "";

    /// <summary>The record's name.</summary>
    public string Name { get; init; } = "";

    /// <summary>The name as lists sort it.</summary>
    public string SortName { get; init; } = "";

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Its change count.</summary>
    public int Version { get; init; }

    /// <summary>How many published articles name it.</summary>
    public int PublishedArticles { get; init; }

    /// <summary>The key a script chose for it, if any.</summary>
    public string? ExternalId { get; init; }
}
