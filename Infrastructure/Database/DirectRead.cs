using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Cms.Infrastructure.Database;

/// <summary>
/// One-row reads run straight on SQLite with a statement compiled once per session, for the small reads page views make
/// most often (an article's typeset answer, a list's version): ADO.NET's command, parameter and reader objects around
/// them cost a cold article read about 15 % of its rate.
/// </summary>
internal static class DirectRead
{
    // SQLite answers busy while another connection recovers the log; the read waits as Microsoft.Data.Sqlite's commands do.
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(5);

    /// <summary>The first row of <paramref name="sql"/>, its one parameter bound to <paramref name="argument"/> if given, or null when it has none.</summary>
    public static T? SingleRow<T>(DbConnection connection, string sql, string? argument, Func<sqlite3_stmt, T> read) where T : class
    {
        var session = ((PreparedConnection)connection).Session;
        var handle = session.Connection.Handle!;
        var statement = session.Compiled(sql);
        try
        {
            if (argument is not null) SqliteException.ThrowExceptionForRC(raw.sqlite3_bind_text(statement, 1, argument), handle);
            return Step(statement, handle) == raw.SQLITE_ROW ? read(statement) : null;
        }
        finally
        {
            raw.sqlite3_reset(statement);
            raw.sqlite3_clear_bindings(statement);
        }
    }

    /// <summary>A column's text.</summary>
    public static string Text(sqlite3_stmt row, int column) => raw.sqlite3_column_text(row, column).utf8_to_string();

    /// <summary>A column holding an id as text.</summary>
    public static Guid Id(sqlite3_stmt row, int column) => Guid.Parse(raw.sqlite3_column_text(row, column).utf8_to_string());

    /// <summary>A column holding an instant as text (<see cref="TextColumns"/>).</summary>
    public static DateTimeOffset Instant(sqlite3_stmt row, int column) => TextColumns.Parse(raw.sqlite3_column_text(row, column).utf8_to_string());

    /// <summary>A column's bytes, copied out of SQLite's buffer.</summary>
    public static byte[] Bytes(sqlite3_stmt row, int column) => raw.sqlite3_column_blob(row, column).ToArray();

    private static int Step(sqlite3_stmt statement, sqlite3 handle)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var result = raw.sqlite3_step(statement);
            if (result is raw.SQLITE_ROW or raw.SQLITE_DONE) return result;
            if (result is not (raw.SQLITE_BUSY or raw.SQLITE_LOCKED) || waited.Elapsed > LongestWait)
            {
                SqliteException.ThrowExceptionForRC(result, handle);
            }
            raw.sqlite3_reset(statement);
            Thread.Sleep(10);
        }
    }
}
