using System.Data.Common;
using Cms.Domain.Common;
using Dapper;

namespace Cms.Infrastructure.Database;

/// <summary>Reads the migration journal to prove the database answers.</summary>
public sealed class StorageProbe(ISqlDialect dialect) : IStorageProbe
{
    /// <inheritdoc />
    public async Task<bool> CanReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await dialect.OpenAsync(cancellationToken);
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM schema_journal");
            return true;
        }
        catch (DbException)
        {
            return false;
        }
    }
}
