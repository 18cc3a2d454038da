using System.Data.Common;
using Cms.Domain.Common;
using Microsoft.Data.Sqlite;

namespace Cms.Infrastructure.Database;

/// <summary>The few things that differ between the databases the CMS runs on.</summary>
public interface ISqlDialect
{
    /// <summary>Opens a connection ready for use.</summary>
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Starts a transaction that takes the write lock at once.</summary>
    Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>True when the failure is a unique key already in use.</summary>
    bool IsUniqueViolation(Exception exception);

    /// <summary>True when the failure is a foreign key still in use.</summary>
    bool IsForeignKeyViolation(Exception exception);
}

/// <summary>The unit of work every store write shares: one connection, one write transaction, committed when the work refuses nothing.</summary>
public static class WriteTransactions
{
    /// <summary>Runs <paramref name="work"/> in a write transaction; commits when it returns no failure, rolls back otherwise.</summary>
    public static async Task<Failure?> WriteAsync(this ISqlDialect dialect, Func<DbConnection, DbTransaction, Task<Failure?>> work,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(work);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken);
        if (await work(connection, transaction) is { } failure) return failure;
        await transaction.CommitAsync(cancellationToken);
        return null;
    }
}

/// <summary>SQLite: one file, WAL, foreign keys on, writes under <c>BEGIN IMMEDIATE</c>.</summary>
public sealed class SqliteDialect(string connectionString) : ISqlDialect
{
    private const int ConstraintError = 19;
    private const int UniqueConstraint = 2067;
    private const int PrimaryKeyConstraint = 1555;
    private const int ForeignKeyConstraint = 787;

    // An ON DELETE RESTRICT refusal is raised as a trigger constraint, not a foreign-key one.
    private const int RestrictTrigger = 1811;

    private readonly string connectionString = new SqliteConnectionStringBuilder(connectionString)
    {
        ForeignKeys = true,
        DefaultTimeout = 5,
        Pooling = true,
    }.ToString();

    /// <inheritdoc />
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <inheritdoc />
    /// <remarks>
    /// With WAL, <c>synchronous=NORMAL</c> syncs at checkpoints rather than at every commit: the file can never be
    /// corrupted, and a power cut (not a crash of the process) can lose only the last moments of writes.
    /// </remarks>
    public Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var sqlite = (SqliteConnection)connection;
        using (var command = sqlite.CreateCommand())
        {
            command.CommandText = "PRAGMA synchronous = NORMAL";
            command.ExecuteNonQuery();
        }
        return Task.FromResult<DbTransaction>(sqlite.BeginTransaction(System.Data.IsolationLevel.Serializable, deferred: false));
    }

    /// <inheritdoc />
    public bool IsUniqueViolation(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: ConstraintError } e
        && e.SqliteExtendedErrorCode is UniqueConstraint or PrimaryKeyConstraint;

    /// <inheritdoc />
    public bool IsForeignKeyViolation(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: ConstraintError } e
        && (e.SqliteExtendedErrorCode is ForeignKeyConstraint
            || (e.SqliteExtendedErrorCode is RestrictTrigger && e.Message.Contains("FOREIGN KEY constraint failed", StringComparison.Ordinal)));
}
