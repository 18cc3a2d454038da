using System.Data.Common;
using Dapper;

namespace Cms.Infrastructure.Database;

/// <summary>
/// The Idempotency-Key receipt of the create running in this flow, if any: every write it commits marks the receipt as made
/// in that write's own transaction, so the mark and what was made are committed together or not at all.
/// </summary>
internal static class ReceiptMark
{
    private const string MarkSql = "UPDATE create_receipts SET made = 1 WHERE key = @key AND status IS NULL";

    private static readonly AsyncLocal<string?> Key = new();

    /// <summary>The key of the receipt this flow's writes mark, or null.</summary>
    public static string? Current
    {
        get => Key.Value;
        set => Key.Value = value;
    }

    /// <summary>Marks the receipt of <paramref name="key"/> as made, in the transaction given.</summary>
    public static void Mark(DbConnection connection, DbTransaction transaction, string key) =>
        connection.Execute(MarkSql, new { key }, transaction);
}
