using Cms.Infrastructure.Database;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Cms.Api.Tests.Storage;

/// <summary>A SQLite file in a temporary folder of its own, with the dialect the CMS opens it through; disposing deletes both.</summary>
public sealed class ScratchDatabase : IDisposable
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

    /// <summary>Stores a bare draft behind the stores' back, its slug the same as its language.</summary>
    public async Task AddDraftAsync(Guid id, string language)
    {
        await using var connection = await Dialect.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync("""
            INSERT INTO articles (id, slug, title, excerpt, language, status, created_at, updated_at, word_count, hashtags, version)
            VALUES (@id, @language, 'Glaciers', 'Les glaciers fondent.', @language, 'draft', '2026-01-01T00:00:00Z',
                    '2026-01-01T00:00:00Z', 3, '[]', 1)
            """, new { id = id.ToString("D"), language });
    }

    /// <summary>Runs a statement behind the stores' back.</summary>
    public async Task ExecuteAsync(string sql, object? parameters = null)
    {
        await using var connection = await Dialect.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(sql, parameters);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dialect.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
