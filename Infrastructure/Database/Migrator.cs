using System.Reflection;
using Dapper;

namespace Cms.Infrastructure.Database;

/// <summary>Applies the numbered <c>.sql</c> migrations embedded in this assembly, each once, recorded in a journal.</summary>
public sealed class Migrator(ISqlDialect dialect)
{
    private const string JournalSql = """
        CREATE TABLE IF NOT EXISTS schema_journal (
            version     INTEGER PRIMARY KEY,
            name        TEXT NOT NULL,
            applied_at  TEXT NOT NULL
        )
        """;

    /// <summary>The migrations shipped, in order: (version, name, SQL).</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> Shipped { get; } = LoadShipped();

    /// <summary>Applies what the database lacks; returns how many were applied.</summary>
    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("PRAGMA journal_mode=WAL");
        MigrationFunctions.Register(connection);
        // A migration may rewrite a whole table in one statement: what SQLite keeps to undo such a statement goes to a
        // temporary file, not into memory as for the small statements sessions run otherwise (SqliteDialect).
        await connection.ExecuteAsync("PRAGMA temp_store = FILE");
        try
        {
            await connection.ExecuteAsync(JournalSql);
            var applied = 0;
            foreach (var (version, name, sql) in Shipped)
            {
                await using var write = await dialect.BeginWriteAsync(connection, cancellationToken);
                var transaction = write.Transaction;
                var done = await connection.ExecuteScalarAsync<long>(
                    "SELECT COUNT(*) FROM schema_journal WHERE version = @version", new { version }, transaction);
                if (done > 0) continue;
                await connection.ExecuteAsync(sql, transaction: transaction);
                await connection.ExecuteAsync(
                    "INSERT INTO schema_journal (version, name, applied_at) VALUES (@version, @name, @at)",
                    new { version, name, at = TextColumns.Format(DateTimeOffset.UtcNow) }, transaction);
                await transaction.CommitAsync(cancellationToken);
                applied++;
            }
            return applied;
        }
        finally
        {
            await connection.ExecuteAsync("PRAGMA temp_store = MEMORY");
        }
    }

    private static List<(int, string, string)> LoadShipped()
    {
        var assembly = typeof(Migrator).Assembly;
        const string prefix = "Cms.Infrastructure.Database.Migrations.";
        return assembly.GetManifestResourceNames()
            .Where(resource => resource.StartsWith(prefix, StringComparison.Ordinal) && resource.EndsWith(".sql", StringComparison.Ordinal))
            .Select(resource =>
            {
                var name = resource[prefix.Length..^4];
                var version = int.Parse(name[..name.IndexOf('_', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
                return (version, name, Read(assembly, resource));
            })
            .OrderBy(migration => migration.version)
            .ToList();
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
