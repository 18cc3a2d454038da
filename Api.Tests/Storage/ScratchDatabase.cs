using Cms.Infrastructure.Database;
using Microsoft.Data.Sqlite;

namespace Cms.Api.Tests.Storage;

/// <summary>A SQLite file in a temporary folder of its own, with the dialect the CMS opens it through; disposing deletes both.</summary>
internal sealed class ScratchDatabase : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("cms-storage-").FullName;

    public ScratchDatabase()
    {
        File = Path.Combine(folder, "cms.db");
        Dialect = new SqliteDialect($"Data Source={File}");
    }

    /// <summary>The database file.</summary>
    public string File { get; }

    /// <summary>The dialect over the file.</summary>
    public SqliteDialect Dialect { get; }

    /// <summary>A scratch database with the CMS's schema.</summary>
    public static async Task<ScratchDatabase> MigratedAsync()
    {
        var database = new ScratchDatabase();
        await new Migrator(database.Dialect).MigrateAsync(CancellationToken.None);
        return database;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dialect.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
