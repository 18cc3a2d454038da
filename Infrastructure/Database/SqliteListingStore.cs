using System.Data.Common;
using Cms.Domain.Common;
using Cms.Infrastructure.Articles;
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
            $"SELECT *, {PublishedArticles} AS published_articles FROM {Table} WHERE id = @key OR slug = @key", new { key = Keys.Normalize(key) });
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
    public Task<Failure?> InsertAsync(Listed<TDetails> record, CancellationToken cancellationToken) =>
        WriteAsync(InsertSql, Parameters(record, 0), record, renamed: false, cancellationToken);

    /// <inheritdoc />
    public Task<Failure?> UpdateAsync(Listed<TDetails> record, int loadedVersion, CancellationToken cancellationToken) =>
        WriteAsync(UpdateSql, Parameters(record, loadedVersion), record, renamed: true, cancellationToken);

    /// <inheritdoc />
    public async Task<Failure?> DeleteAsync(Guid id, int loadedVersion, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken);
        try
        {
            await connection.ExecuteAsync(SearchNamesSql, new { id, leaveOut = id }, transaction);
            var deleted = await connection.ExecuteAsync(
                $"DELETE FROM {Table} WHERE id = @id AND version = @loadedVersion", new { id, loadedVersion }, transaction);
            if (deleted == 0) return Failure.Stale(what);
        }
        catch (DbException e) when (dialect.IsForeignKeyViolation(e))
        {
            return new Failure(FailureKind.Conflict, $"{what}-in-use", $"The {what} is still named on articles; take it off them first.");
        }
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

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

    private Listed<TDetails> Listed(TRow row) =>
        new(row.Id, row.Slug, Details(row), row.CreatedAt, row.UpdatedAt, row.Version) { PublishedArticles = row.PublishedArticles };

    private async Task<Failure?> WriteAsync(string sql, object parameters, Listed<TDetails> record, bool renamed, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken);
        try
        {
            if (await connection.ExecuteAsync(sql, parameters, transaction) == 0) return Failure.Stale(what);
            if (renamed) await connection.ExecuteAsync(SearchNamesSql, new { id = record.Id, leaveOut = (Guid?)null }, transaction);
        }
        catch (DbException e) when (dialect.IsUniqueViolation(e))
        {
            return Failure.SlugTaken(what, record.Slug);
        }
        await transaction.CommitAsync(cancellationToken);
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
}
