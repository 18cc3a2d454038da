using System.Data.Common;
using System.Text.Json;
using Cms.Domain.Common;
using Cms.Domain.Settings;
using Cms.Infrastructure.Database;
using Dapper;

namespace Cms.Infrastructure.Settings;

/// <summary>Keeps the site's settings as one JSON document in a one-row table.</summary>
public sealed class SqliteSiteSettingsStore(ISqlDialect dialect, SiteSettings defaults) : ISiteSettingsStore
{
    /// <inheritdoc />
    public async Task<StoredSettings?> FindAsync(CancellationToken cancellationToken)
    {
        const string sql = "SELECT document AS Document, updated_at AS UpdatedAt, version AS Version FROM site_settings WHERE id = 1";
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(sql);
        if (row is null) return null;
        var document = JsonSerializer.Deserialize(row.Document, SettingsJson.Default.SettingsDocument) ?? new SettingsDocument();
        return new StoredSettings(document.ToSettings(defaults), row.Version, row.UpdatedAt);
    }

    /// <inheritdoc />
    public async Task<int> VersionAsync(CancellationToken cancellationToken)
    {
        const string sql = "SELECT COALESCE((SELECT version FROM site_settings WHERE id = 1), 0)";
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(sql);
    }

    /// <inheritdoc />
    public async Task<Failure?> SaveAsync(StoredSettings settings, int loadedVersion, CancellationToken cancellationToken)
    {
        const string insertSql = "INSERT INTO site_settings (id, document, updated_at, version) VALUES (1, @Document, @UpdatedAt, @Version)";
        const string updateSql = """
            UPDATE site_settings SET document = @Document, updated_at = @UpdatedAt, version = @Version
            WHERE id = 1 AND version = @LoadedVersion
            """;
        var parameters = new
        {
            Document = JsonSerializer.Serialize(SettingsDocument.From(settings.Settings), SettingsJson.Default.SettingsDocument),
            settings.UpdatedAt,
            settings.Version,
            LoadedVersion = loadedVersion,
        };
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var write = await dialect.BeginWriteAsync(connection, cancellationToken);
        var transaction = write.Transaction;
        try
        {
            if (await connection.ExecuteAsync(loadedVersion == 0 ? insertSql : updateSql, parameters, transaction) == 0) return SettingsDesk.Stale;
        }
        catch (DbException e) when (dialect.IsUniqueViolation(e))
        {
            return SettingsDesk.Stale;
        }
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    private sealed class Row
    {
        public string Document { get; init; } = "{}";
        public DateTimeOffset UpdatedAt { get; init; }
        public int Version { get; init; }
    }
}
