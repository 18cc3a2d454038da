using System.Data.Common;
using Cms.Domain.Common;
using Dapper;

namespace Cms.Infrastructure.Database;

/// <summary>The key an editorial script chose for a record, stored beside it.</summary>
internal static class ExternalIds
{
    /// <summary>Sets a record's external id with the transaction's prepared statements; a conflict when another record has it.</summary>
    public static Failure? Keep(ISqlDialect dialect, PreparedStatements statements, string table, string what, Guid id, string externalId)
    {
        try
        {
            statements.Execute($"UPDATE {table} SET external_id = @externalId WHERE id = @id", new { id, externalId });
            return null;
        }
        catch (DbException e) when (dialect.IsUniqueViolation(e))
        {
            return Taken(what, externalId);
        }
    }

    /// <summary>Sets a record's external id inside the caller's transaction; a conflict when another record has it.</summary>
    public static async Task<Failure?> KeepAsync(ISqlDialect dialect, DbConnection connection, DbTransaction transaction, string table, string what,
        Guid id, string externalId)
    {
        try
        {
            await connection.ExecuteAsync($"UPDATE {table} SET external_id = @externalId WHERE id = @id", new { id, externalId }, transaction);
            return null;
        }
        catch (DbException e) when (dialect.IsUniqueViolation(e))
        {
            return Taken(what, externalId);
        }
    }

    private static Failure Taken(string what, string externalId) =>
        new(FailureKind.Conflict, "external-id-taken", $"Another {what} already has the external id '{externalId}'.");
}
