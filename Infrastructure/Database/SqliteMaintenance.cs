using Cms.Domain.Operations;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Cms.Infrastructure.Database;

/// <summary>Migrations, online backups (SQLite's backup API, which readers and writers carry on through) and counts.</summary>
public sealed class SqliteMaintenance(ISqlDialect dialect, Migrator migrator) : IStorageMaintenance
{
    /// <inheritdoc />
    public Task<int> MigrateAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<BackupReport> BackupAsync(string path, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(path);
        if (File.Exists(target) && new FileInfo(target).Length > 0) throw new IOException($"{target} holds data; a backup never overwrites a file.");
        await using (var source = await dialect.OpenAsync(cancellationToken))
        await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString()))
        {
            await copy.OpenAsync(cancellationToken);
            SqliteDialect.Sqlite(source).BackupDatabase(copy);
            await copy.ExecuteAsync("PRAGMA journal_mode=DELETE");
        }
        await using var check = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await check.OpenAsync(cancellationToken);
        var integrity = string.Join("; ", await check.QueryAsync<string>("PRAGMA integrity_check"));
        return new BackupReport(target, new FileInfo(target).Length, integrity);
    }

    /// <inheritdoc />
    public async Task<string> CheckAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var integrity = string.Join("; ", await connection.QueryAsync<string>("PRAGMA integrity_check"));
        var orphans = (await connection.QueryAsync("PRAGMA foreign_key_check")).Count();
        return integrity == "ok" && orphans == 0 ? "ok" : $"integrity: {integrity}; rows breaking a foreign key: {orphans}";
    }

    /// <inheritdoc />
    public async Task<SearchIndexMerge> MergeSearchIndexAsync(CancellationToken cancellationToken)
    {
        const string segments = "SELECT COUNT(DISTINCT segid) FROM article_search_idx";
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var before = await connection.ExecuteScalarAsync<int>(segments);
        await using (var write = await dialect.BeginWriteAsync(connection, cancellationToken))
        {
            await connection.ExecuteAsync("INSERT INTO article_search (article_search) VALUES ('optimize')", transaction: write.Transaction);
            await write.Transaction.CommitAsync(cancellationToken);
        }
        return new SearchIndexMerge(before, await connection.ExecuteScalarAsync<int>(segments));
    }

    /// <inheritdoc />
    public async Task<NewsroomStats> StatsAsync(CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT COALESCE(MAX(version), 0) FROM schema_journal;
            SELECT status AS Key, COUNT(*) AS Count FROM articles GROUP BY status ORDER BY status;
            SELECT COUNT(*) FROM authors;
            SELECT COUNT(*) FROM tags;
            SELECT COUNT(*) FROM webhooks;
            SELECT state AS Key, COUNT(*) AS Count FROM webhook_deliveries GROUP BY state ORDER BY state;
            SELECT COUNT(*) FROM typesetting_queue;
            """;
        await using var connection = await dialect.OpenAsync(cancellationToken);
        using var results = await connection.QueryMultipleAsync(sql);
        var version = await results.ReadSingleAsync<int>();
        var articles = (await results.ReadAsync<Counted>()).ToDictionary(row => row.Key, row => row.Count);
        var authors = await results.ReadSingleAsync<long>();
        var tags = await results.ReadSingleAsync<long>();
        var webhooks = await results.ReadSingleAsync<long>();
        var deliveries = (await results.ReadAsync<Counted>()).ToDictionary(row => row.Key, row => row.Count);
        var waiting = await results.ReadSingleAsync<long>();
        var file = SqliteDialect.Sqlite(connection).DataSource;
        var bytes = new[] { file, file + "-wal" }.Where(File.Exists).Sum(name => new FileInfo(name).Length);
        return new NewsroomStats(version, articles, authors, tags, webhooks, deliveries, bytes) { TypesettingWaiting = waiting };
    }

    private sealed class Counted
    {
        public string Key { get; init; } = "";
        public long Count { get; init; }
    }
}
