using System.Runtime.CompilerServices;
using Cms.Domain.Common;
using Cms.Domain.Exchange;
using Cms.Infrastructure.Database;
using Dapper;

namespace Cms.Infrastructure.Exchange;

/// <summary>
/// Keeps the imports' Idempotency-Key receipts; receipts older than a day are forgotten when a new key is claimed. A key marked
/// by another process run was left by a process that stopped.
/// </summary>
public sealed class SqliteImportReceipts(ISqlDialect dialect) : IImportReceipts
{
    /// <inheritdoc />
    public async Task<ReceiptClaim> ClaimAsync(string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string pruneSql = "DELETE FROM import_receipts WHERE started_at < @dayAgo";
        const string readSql = "SELECT owner AS Owner, body_hash AS BodyHash, finished_at AS FinishedAt FROM import_receipts WHERE key = @key";
        const string claimSql = """
            INSERT INTO import_receipts (key, owner, started_at) VALUES (@key, @run, @now)
            ON CONFLICT (key) DO UPDATE SET owner = @run, started_at = @now, body_hash = NULL, finished_at = NULL
            """;
        ReceiptClaim? claim = null;
        await dialect.WriteAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync(pruneSql, new { dayAgo = now.AddDays(-1) }, transaction);
            var held = await connection.QuerySingleOrDefaultAsync<Held>(readSql, new { key }, transaction);
            if (held?.FinishedAt is not null) claim = new ReceiptClaim(ReceiptState.Finished, held.BodyHash);
            else if (held?.Owner == ProcessRun.Mark) claim = new ReceiptClaim(ReceiptState.Busy, null);
            else
            {
                await connection.ExecuteAsync("DELETE FROM import_receipt_parts WHERE key = @key", new { key }, transaction);
                await connection.ExecuteAsync(claimSql, new { key, run = ProcessRun.Mark, now }, transaction);
                claim = new ReceiptClaim(ReceiptState.Claimed, null);
            }
            return null;
        }, cancellationToken);
        return claim!;
    }

    /// <inheritdoc />
    public Task KeepAsync(string key, int part, string text, CancellationToken cancellationToken) =>
        dialect.WriteAsync("INSERT INTO import_receipt_parts (key, part, text) VALUES (@key, @part, @text)", new { key, part, text }, cancellationToken);

    /// <inheritdoc />
    public Task FinishAsync(string key, string bodyHash, DateTimeOffset now, CancellationToken cancellationToken) =>
        dialect.WriteAsync("UPDATE import_receipts SET body_hash = @bodyHash, finished_at = @now WHERE key = @key", new { key, bodyHash, now },
            cancellationToken);

    /// <inheritdoc />
    public Task ReleaseAsync(string key, CancellationToken cancellationToken) =>
        dialect.WriteAsync("DELETE FROM import_receipts WHERE key = @key AND finished_at IS NULL", new { key }, cancellationToken);

    /// <inheritdoc />
    public async IAsyncEnumerable<string> AnswerAsync(string key, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await foreach (var text in connection.QueryUnbufferedAsync<string>("SELECT text FROM import_receipt_parts WHERE key = @key ORDER BY part", new { key })
                           .WithCancellation(cancellationToken))
            yield return text;
    }

    private sealed class Held
    {
        public string Owner { get; init; } = "";
        public string? BodyHash { get; init; }
        public string? FinishedAt { get; init; }
    }
}
