using System.Collections.Concurrent;
using System.Data.Common;
using Cms.Domain.Common;
using Cms.Infrastructure.Articles;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Cms.Infrastructure.Database;

/// <summary>The few things that differ between the databases the CMS runs on.</summary>
public interface ISqlDialect
{
    /// <summary>Opens a connection ready for use.</summary>
    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Waits for this process's turn to write, then starts a transaction that takes the write lock at once.</summary>
    Task<WriteScope> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>
    /// Starts a read transaction that sees the database as of now: every command given it reads that one moment, whatever is
    /// committed meanwhile, until it ends. Writers go on while it lasts.
    /// </summary>
    Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>
    /// Runs the work in a write transaction it may share with other writes queued at the same moment: a refusal or an
    /// exception undoes its work alone. Returns once the shared commit is done.
    /// </summary>
    Task<Failure?> WriteQueuedAsync(Func<PreparedStatements, Task<Failure?>> work, CancellationToken cancellationToken);

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
        await using var write = await dialect.BeginWriteAsync(connection, cancellationToken);
        if (await work(connection, write.Transaction) is { } failure) return failure;
        await write.Transaction.CommitAsync(cancellationToken);
        return null;
    }

    /// <summary>Runs one statement in a write transaction of its own.</summary>
    public static Task<Failure?> WriteAsync(this ISqlDialect dialect, string sql, object parameters, CancellationToken cancellationToken) =>
        dialect.WriteAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync(sql, parameters, transaction);
            return null;
        }, cancellationToken);
}

/// <summary>SQLite: one file, WAL, foreign keys on, writes under <c>BEGIN IMMEDIATE</c>.</summary>
public sealed class SqliteDialect(string connectionString) : ISqlDialect, IDisposable
{
    // Sessions kept between requests, each with its compiled statements and a page cache of this many KiB.
    private const int MostIdleSessions = 16;
    internal const int SessionCacheKib = 1024;
    internal const int CheckpointPages = 10000;
    private const int LogSizeLimit = 64 * 1024 * 1024;

    private const int SqliteBusy = 5;
    private const int ConstraintError = 19;
    private const int UniqueConstraint = 2067;
    private const int PrimaryKeyConstraint = 1555;
    private const int ForeignKeyConstraint = 787;

    // An ON DELETE RESTRICT refusal is raised as a trigger constraint, not a foreign-key one.
    private const int RestrictTrigger = 1811;

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> WriteTurns = new(StringComparer.Ordinal);

    // How long a write waits for the writers before it in this process; then it is refused as busy.
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);

    private readonly string connectionString = new SqliteConnectionStringBuilder(connectionString)
    {
        ForeignKeys = true,
        DefaultTimeout = 5,
        Pooling = true,
    }.ToString();

    // One turn per database file: writers of this process queue here instead of meeting SQLite's lock, whose retry
    // sleeps in steps of 150 ms.
    private readonly SemaphoreSlim writeTurn = WriteTurns.GetOrAdd(FileOf(connectionString), _ => new SemaphoreSlim(1, 1));

    private readonly ConcurrentStack<PreparedSession> idleSessions = new();
    private GroupCommit? queuedWrites;
    private volatile bool disposed;

    /// <inheritdoc />
    /// <remarks>
    /// Lends a session kept from earlier work when one is idle, so statements it ran before are not compiled again.
    /// Sessions write with <c>synchronous=NORMAL</c>: with WAL it syncs at checkpoints rather than at every commit, so
    /// the file can never be corrupted, and a power cut (not a crash of the process) can lose only the last moments of writes.
    /// The log is copied back into the database every 10,000 pages (about 40 MB) rather than every 1,000, so the commit
    /// that pays for a checkpoint's sync comes ten times less often; a log grown larger (a bulk import checkpoints less often
    /// still) is cut back to 64 MB once it is copied back. What SQLite keeps to undo a single statement within a
    /// transaction stays in memory (<c>temp_store</c>) instead of a temporary file that each of an import's statements
    /// wrote through the kernel; the migrator, whose statements may rewrite whole tables, sets it back to a file.
    /// </remarks>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!idleSessions.TryPop(out var session))
        {
            var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            KeepPlans(connection);
            SearchRank.Register(connection);
            using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = $"PRAGMA cache_size = -{SessionCacheKib}; PRAGMA temp_store = MEMORY; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = {CheckpointPages}; PRAGMA journal_size_limit = {LogSizeLimit}";
                pragma.ExecuteNonQuery();
            }
            session = new PreparedSession(connection);
        }
        return new PreparedConnection(session, GiveBack);
    }

    // Plans are made without looking at the values bound. Otherwise SQLite compiles a statement with a parameter in its
    // LIMIT (every page of every list) again each time it runs, which on a cold list was a third of SQLite's work. No
    // statement here needs a value to choose its plan: there is no LIKE and no STAT4 table.
    private static void KeepPlans(SqliteConnection connection)
    {
        var result = SQLitePCL.raw.sqlite3_db_config(connection.Handle, SQLitePCL.raw.SQLITE_DBCONFIG_ENABLE_QPSG, 1, out _);
        if (result != SQLitePCL.raw.SQLITE_OK) throw new SqliteException("The query planner's stability guarantee could not be enabled.", result);
    }

    /// <summary>The SQLite connection under a connection this dialect opened.</summary>
    public static SqliteConnection Sqlite(DbConnection connection) => connection switch
    {
        PreparedConnection prepared => prepared.Sqlite,
        SqliteConnection sqlite => sqlite,
        _ => throw new ArgumentException("Not a SQLite connection.", nameof(connection)),
    };

    /// <inheritdoc />
    public void Dispose()
    {
        disposed = true;
        while (idleSessions.TryPop(out var session)) session.Dispose();
    }

    private void GiveBack(PreparedSession session)
    {
        if (!disposed && session.Idle && idleSessions.Count < MostIdleSessions) idleSessions.Push(session);
        else session.Dispose();
        if (disposed) Dispose();
    }

    /// <inheritdoc />
    public async Task<WriteScope> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var sqlite = Sqlite(connection);
        if (!await writeTurn.WaitAsync(LongestWait, cancellationToken))
            throw new SqliteException("The database is busy with other writes.", SqliteBusy);
        try
        {
            var transaction = sqlite.BeginTransaction(System.Data.IsolationLevel.Serializable, deferred: false);
            try
            {
                if (ReceiptMark.Current is { } receipt) ReceiptMark.Mark(sqlite, transaction, receipt);
            }
            catch
            {
                transaction.Dispose();
                throw;
            }
            return new WriteScope(transaction, writeTurn);
        }
        catch
        {
            writeTurn.Release();
            throw;
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// In WAL mode a reader never blocks a writer nor waits for one; but while the snapshot lasts, a checkpoint cannot copy
    /// back the log past it, so the log grows with whatever is written meanwhile, to be copied back and cut back to 64 MB by
    /// the checkpoints after it ends. A deferred transaction takes its snapshot at its first read, so one is made at once.
    /// </remarks>
    public async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var transaction = Sqlite(connection).BeginTransaction(deferred: true);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1 FROM sqlite_schema LIMIT 1";
            command.Transaction = transaction;
            await command.ExecuteScalarAsync(cancellationToken);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public Task<Failure?> WriteQueuedAsync(Func<PreparedStatements, Task<Failure?>> work, CancellationToken cancellationToken) =>
        LazyInitializer.EnsureInitialized(ref queuedWrites, () => new GroupCommit(this)).WriteAsync(work, cancellationToken);

    private static string FileOf(string connectionString)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return source.Length == 0 || source.StartsWith(':') || source.StartsWith("file:", StringComparison.Ordinal) ? source : Path.GetFullPath(source);
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
