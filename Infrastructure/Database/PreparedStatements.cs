using System.Collections.Concurrent;
using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Cms.Infrastructure.Database;

/// <summary>
/// The statements of one write transaction, each prepared the first time it runs and only rebound after: a bulk import runs
/// the same few statements for thousands of rows, and preparing them again each time was a good part of the cost. Values come
/// from the properties of a row object named like the statement's <c>@parameters</c> (ignoring case), as Dapper reads them:
/// ids and instants as text (<see cref="TextColumns"/>), null as NULL. One statement per text.
/// </summary>
public sealed partial class PreparedStatements(DbConnection connection, DbTransaction transaction) : IDisposable
{
    private static readonly ConcurrentDictionary<(Type Row, string Sql), Func<object, object?>[]> Getters = new();

    private readonly Dictionary<string, (DbCommand Command, Type Row)> prepared = new(StringComparer.Ordinal);
    private HashSet<string>? subscribedEvents;

    private readonly List<Action<PreparedStatements>> beforeCommit = [];

    /// <summary>The body text of each article whose search entry is written before the transaction commits (<c>SearchIndex</c>).</summary>
    internal Dictionary<Guid, string> SearchEntries { get; private set; } = [];

    /// <summary>Adds a step that <see cref="Finish"/> runs once, before the transaction commits.</summary>
    public void BeforeCommit(Action<PreparedStatements> step)
    {
        if (!beforeCommit.Contains(step)) beforeCommit.Add(step);
    }

    /// <summary>Runs the steps added with <see cref="BeforeCommit"/>; the transaction's owner calls this before committing.</summary>
    public void Finish()
    {
        foreach (var step in beforeCommit) step(this);
    }

    /// <summary>What is queued for <see cref="Finish"/>, to be put back by <see cref="RollBackTo"/> when a savepoint is undone.</summary>
    internal Dictionary<Guid, string> Queued() => new(SearchEntries);

    /// <summary>Puts back what was queued when <see cref="Queued"/> was called.</summary>
    internal void RollBackTo(Dictionary<Guid, string> queued) => SearchEntries = queued;

    /// <summary>The connection the statements run on.</summary>
    public DbConnection Connection => connection;

    /// <summary>The transaction they run in.</summary>
    public DbTransaction Transaction => transaction;

    /// <summary>Runs the statement with the row's values; the number of rows it changed.</summary>
    public int Execute<T>(string sql, T row) where T : notnull => Bind(sql, row).ExecuteNonQuery();

    /// <summary>Runs the query with the row's values; the first column of its first row, or null when it has none.</summary>
    public object? Scalar<T>(string sql, T row) where T : notnull => Bind(sql, row).ExecuteScalar() is var value and not DBNull ? value : null;

    /// <summary>The event types some webhook is subscribed to, read once per transaction (which holds the write lock).</summary>
    public bool IsSubscribed(string eventType)
    {
        if (subscribedEvents is null)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT DISTINCT event FROM webhook_subscriptions";
            using var reader = command.ExecuteReader();
            subscribedEvents = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read()) subscribedEvents.Add(reader.GetString(0));
        }
        return subscribedEvents.Contains(eventType);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var (command, _) in prepared.Values) command.Dispose();
        prepared.Clear();
    }

    private DbCommand Bind<T>(string sql, T row) where T : notnull
    {
        if (!prepared.TryGetValue(sql, out var statement) || statement.Row != typeof(T))
        {
            statement.Command?.Dispose();
            statement = (Prepare(sql), typeof(T));
            prepared[sql] = statement;
        }
        var getters = Getters.GetOrAdd((typeof(T), sql), static key => GettersOf(key.Row, key.Sql));
        var parameters = statement.Command.Parameters;
        for (var i = 0; i < getters.Length; i++) parameters[i].Value = Stored(getters[i](row));
        return statement.Command;
    }

    private DbCommand Prepare(string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in Names(sql))
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = DBNull.Value;
            command.Parameters.Add(parameter);
        }
        command.Prepare();
        return command;
    }

    /// <summary>A value as the CMS stores it: ids and instants as text (<see cref="TextColumns"/>), flags as 0 or 1, null as NULL.</summary>
    internal static object Stored(object? value) => value switch
    {
        null => DBNull.Value,
        Guid id => id.ToString("D"),
        DateTimeOffset instant => TextColumns.Format(instant),
        bool flag => flag ? 1L : 0L,
        _ => value,
    };

    private static List<string> Names(string sql) =>
        ParameterName().Matches(sql).Select(match => match.Groups[1].Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static Func<object, object?>[] GettersOf(Type row, string sql) => Names(sql).Select(name =>
    {
        var property = row.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
            ?? throw new InvalidOperationException($"{row.Name} has no property for @{name}.");
        var instance = Expression.Parameter(typeof(object));
        var read = Expression.Convert(Expression.Property(Expression.Convert(instance, row), property), typeof(object));
        return Expression.Lambda<Func<object, object?>>(read, instance).Compile();
    }).ToArray();

    [GeneratedRegex(@"@([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ParameterName();
}
