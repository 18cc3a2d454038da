using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace Cms.Infrastructure.Database;

/// <summary>
/// A long-lived SQLite connection that keeps every statement it has compiled: the same SQL text run again skips
/// SQLite's parse and plan. Lent out by <see cref="SqliteDialect"/> as a <see cref="PreparedConnection"/>.
/// </summary>
internal sealed class PreparedSession(SqliteConnection connection) : IDisposable
{
    // A bound on the statements kept: list SQL varies with the filters asked, so the set of texts is not closed.
    private const int MostStatements = 256;

    private readonly Dictionary<string, SqliteCommand> statements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SQLitePCL.sqlite3_stmt> compiled = new(StringComparer.Ordinal);

    public SqliteConnection Connection => connection;

    /// <summary>True when no transaction was left open on the connection, so it can be lent again.</summary>
    public bool Idle => SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) != 0;

    public SqliteCommand Statement(string sql)
    {
        if (statements.TryGetValue(sql, out var command)) return command;
        if (statements.Count >= MostStatements) Forget();
        command = connection.CreateCommand();
        command.CommandText = sql;
        statements.Add(sql, command);
        return command;
    }

    /// <summary>The statement compiled on this session's SQLite handle, for <see cref="DirectRead"/>.</summary>
    public SQLitePCL.sqlite3_stmt Compiled(string sql)
    {
        if (compiled.TryGetValue(sql, out var statement)) return statement;
        if (compiled.Count >= MostStatements) Forget();
        var handle = connection.Handle!;
        SqliteException.ThrowExceptionForRC(SQLitePCL.raw.sqlite3_prepare_v2(handle, sql, out statement), handle);
        compiled.Add(sql, statement);
        return statement;
    }

    public void Dispose()
    {
        Forget();
        connection.Dispose();
    }

    private void Forget()
    {
        foreach (var command in statements.Values) command.Dispose();
        statements.Clear();
        foreach (var statement in compiled.Values) statement.Dispose();
        compiled.Clear();
    }
}

/// <summary>A <see cref="PreparedSession"/> on loan: commands created on it run on the session's compiled statements.</summary>
[SuppressMessage("Design", "CA1010", Justification = "ADO.NET base types.")]
internal sealed class PreparedConnection(PreparedSession session, Action<PreparedSession> giveBack) : DbConnection
{
    private PreparedSession? lent = session;

    /// <summary>The SQLite connection underneath, for what only SQLite offers (backups, transactions, functions).</summary>
    public SqliteConnection Sqlite => Session.Connection;

    internal PreparedSession Session => lent ?? throw new ObjectDisposedException(nameof(PreparedConnection));

    [AllowNull]
    public override string ConnectionString
    {
        get => Sqlite.ConnectionString;
        set => throw new NotSupportedException("A lent connection keeps its connection string.");
    }

    public override string Database => Sqlite.Database;

    public override string DataSource => Sqlite.DataSource;

    public override string ServerVersion => Sqlite.ServerVersion;

    public override ConnectionState State => lent is null ? ConnectionState.Closed : ConnectionState.Open;

    public override void ChangeDatabase(string databaseName) => throw new NotSupportedException();

    public override void Open()
    {
        if (lent is null) throw new InvalidOperationException("A returned connection cannot be opened again.");
    }

    public override void Close()
    {
        if (lent is not { } returned) return;
        lent = null;
        giveBack(returned);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) Close();
        base.Dispose(disposing);
    }

    public override ValueTask DisposeAsync()
    {
        Close();
        return base.DisposeAsync();
    }

    protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel) => Sqlite.BeginTransaction(isolationLevel);

    protected override DbCommand CreateDbCommand() => new PreparedCommand(this);
}

/// <summary>A command on a <see cref="PreparedConnection"/>: it carries the SQL and parameters, the session's statement runs them.</summary>
internal sealed class PreparedCommand(PreparedConnection connection) : DbCommand
{
    private readonly SqliteCommand arguments = new();

    [AllowNull]
    public override string CommandText { get; set; } = "";

    public override int CommandTimeout { get; set; } = 30;

    public override CommandType CommandType { get; set; } = CommandType.Text;

    public override bool DesignTimeVisible { get; set; }

    public override UpdateRowSource UpdatedRowSource { get; set; }

    protected override DbConnection? DbConnection
    {
        get => connection;
        set => throw new NotSupportedException("A prepared command stays on its connection.");
    }

    protected override DbParameterCollection DbParameterCollection => arguments.Parameters;

    protected override DbTransaction? DbTransaction { get; set; }

    public override void Cancel()
    {
    }

    public override void Prepare()
    {
    }

    protected override DbParameter CreateDbParameter() => new SqliteParameter();

    public override int ExecuteNonQuery() => Statement().ExecuteNonQuery();

    public override object? ExecuteScalar() => Statement().ExecuteScalar();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => Statement().ExecuteReader(behavior);

    public override Task<int> ExecuteNonQueryAsync(CancellationToken cancellationToken) => Statement().ExecuteNonQueryAsync(cancellationToken);

    public override Task<object?> ExecuteScalarAsync(CancellationToken cancellationToken) => Statement().ExecuteScalarAsync(cancellationToken);

    protected override async Task<DbDataReader> ExecuteDbDataReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken) =>
        await Statement().ExecuteReaderAsync(behavior, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing) arguments.Dispose();
        base.Dispose(disposing);
    }

    private SqliteCommand Statement()
    {
        var statement = connection.Session.Statement(CommandText);
        statement.Parameters.Clear();
        foreach (SqliteParameter argument in arguments.Parameters) statement.Parameters.Add(argument);
        statement.Transaction = (SqliteTransaction?)DbTransaction;
        statement.CommandTimeout = CommandTimeout;
        return statement;
    }
}
