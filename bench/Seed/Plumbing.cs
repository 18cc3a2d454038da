using System.Data.Common;
using Cms.Domain.Common;
using Cms.Infrastructure.Database;

namespace Cms.Bench.Seed;

/// <summary>A clock the generator sets, so created, updated and published dates are spread over the two years.</summary>
internal sealed class SeedClock : IClock
{
    public DateTimeOffset Now { get; set; }
}

/// <summary>
/// The CMS's own SQLite dialect with <c>synchronous=NORMAL</c> on each connection: in WAL mode a commit then skips the
/// fsync (the WAL is synced at checkpoints). Same schema, same SQL, same rows; a crash mid-way means generating again.
/// </summary>
internal sealed class SeedDialect(SqliteDialect inner) : ISqlDialect
{
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await inner.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous=NORMAL";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    public Task<WriteScope> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        inner.BeginWriteAsync(connection, cancellationToken);

    public bool IsUniqueViolation(Exception exception) => inner.IsUniqueViolation(exception);

    public bool IsForeignKeyViolation(Exception exception) => inner.IsForeignKeyViolation(exception);

    /// <summary>Runs one statement on a fresh connection; returns the rows changed.</summary>
    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
