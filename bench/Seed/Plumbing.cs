using Cms.Domain.Common;
using Cms.Infrastructure.Database;

namespace Cms.Bench.Seed;

/// <summary>A clock the generator sets, so created, updated and published dates are spread over the two years.</summary>
internal sealed class SeedClock : IClock
{
    public DateTimeOffset Now { get; set; }
}

/// <summary>Runs one statement at a time on the CMS's own SQLite dialect.</summary>
internal static class SeedStatements
{
    /// <summary>Runs one statement on a fresh connection; returns the rows changed.</summary>
    public static async Task<int> ExecuteAsync(this SqliteDialect dialect, string sql, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
