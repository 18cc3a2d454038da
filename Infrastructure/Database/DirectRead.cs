using System.Collections;
using System.Data.Common;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Cms.Infrastructure.Database;

/// <summary>
/// Reads run straight on SQLite with a statement compiled once per session, for the reads page views make most often (an
/// article's typeset answer, a list's version, a typeset page's rows): ADO.NET's command, parameter and reader objects
/// around them cost a cold article read about 15 % of its rate.
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

    /// <summary>
    /// Every row of <paramref name="sql"/>, its <c>@parameters</c> bound as the CMS stores values
    /// (<see cref="PreparedStatements.Stored"/>), and a list after <c>IN</c> spread into one parameter for each value, as Dapper does.
    /// </summary>
    public static List<T> Rows<T>(DbConnection connection, string sql, DynamicParameters parameters, Func<sqlite3_stmt, T> read)
    {
        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in parameters.ParameterNames)
        {
            var value = parameters.Get<object?>(name);
            if (value is IEnumerable list and not string and not byte[])
            {
                var items = list.Cast<object?>().ToList();
                sql = Regex.Replace(sql, $@"@{name}\b", items.Count == 0 ? "(SELECT NULL WHERE 0)"
                    : "(" + string.Join(", ", items.Select((_, i) => $"@{name}{i + 1}")) + ")", RegexOptions.IgnoreCase);
                for (var i = 0; i < items.Count; i++) values[$"{name}{i + 1}"] = items[i];
            }
            else
            {
                values[name] = value;
            }
        }
        var session = ((PreparedConnection)connection).Session;
        var handle = session.Connection.Handle!;
        var statement = session.Compiled(sql);
        try
        {
            for (var i = 1; i <= raw.sqlite3_bind_parameter_count(statement); i++)
            {
                var name = raw.sqlite3_bind_parameter_name(statement, i).utf8_to_string()[1..];
                SqliteException.ThrowExceptionForRC(Bind(statement, i, values[name]), handle);
            }
            var rows = new List<T>();
            while (Step(statement, handle) == raw.SQLITE_ROW) rows.Add(read(statement));
            return rows;
        }
        finally
        {
            raw.sqlite3_reset(statement);
            raw.sqlite3_clear_bindings(statement);
        }
    }

    private static int Bind(sqlite3_stmt statement, int index, object? value) => PreparedStatements.Stored(value) switch
    {
        DBNull => raw.sqlite3_bind_null(statement, index),
        string text => raw.sqlite3_bind_text(statement, index, text),
        byte[] bytes => raw.sqlite3_bind_blob(statement, index, bytes),
        double real => raw.sqlite3_bind_double(statement, index, real),
        long whole => raw.sqlite3_bind_int64(statement, index, whole),
        int whole => raw.sqlite3_bind_int64(statement, index, whole),
        var other => throw new ArgumentException($"No SQLite binding for a {other.GetType().Name}.", nameof(value)),
    };

    /// <summary>A column's text, or null for NULL.</summary>
    public static string? TextOrNull(sqlite3_stmt row, int column) =>
        raw.sqlite3_column_type(row, column) == raw.SQLITE_NULL ? null : Text(row, column);

    /// <summary>A column's bytes, or null for NULL.</summary>
    public static byte[]? BytesOrNull(sqlite3_stmt row, int column) =>
        raw.sqlite3_column_type(row, column) == raw.SQLITE_NULL ? null : Bytes(row, column);

    /// <summary>A column's text.</summary>
    public static string Text(sqlite3_stmt row, int column) => raw.sqlite3_column_text(row, column).utf8_to_string();

    /// <summary>A column holding an id as text.</summary>
    public static Guid Id(sqlite3_stmt row, int column) => Guid.Parse(raw.sqlite3_column_text(row, column).utf8_to_string());

    /// <summary>A column holding an instant as text (<see cref="TextColumns"/>).</summary>
    public static DateTimeOffset Instant(sqlite3_stmt row, int column) => TextColumns.Parse(raw.sqlite3_column_text(row, column).utf8_to_string());

    /// <summary>A column holding an instant as text, or null for NULL.</summary>
    public static DateTimeOffset? InstantOrNull(sqlite3_stmt row, int column) =>
        raw.sqlite3_column_type(row, column) == raw.SQLITE_NULL ? null : Instant(row, column);

    /// <summary>A column's whole number, or null for NULL.</summary>
    public static int? NumberOrNull(sqlite3_stmt row, int column) =>
        raw.sqlite3_column_type(row, column) == raw.SQLITE_NULL ? null : raw.sqlite3_column_int(row, column);

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
