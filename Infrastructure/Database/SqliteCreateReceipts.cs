using Cms.Domain.Common;
using Dapper;

namespace Cms.Infrastructure.Database;

/// <summary>Keeps the creates' Idempotency-Key receipts; receipts older than a day are forgotten when a new key is claimed.</summary>
public sealed class SqliteCreateReceipts(ISqlDialect dialect) : ICreateReceipts
{
    // The owner of a key whose request has ended without keeping an answer.
    private const string Nobody = "";

    // A create is answered within seconds: a key another process claimed longer ago than this was left by one that stopped.
    private static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(1);

    /// <inheritdoc />
    public async Task<CreateReceipt> ClaimAsync(string key, string bodyHash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string pruneSql = "DELETE FROM create_receipts WHERE started_at < @dayAgo";
        const string readSql = """
            SELECT owner AS Owner, body_hash AS BodyHash, started_at AS StartedAt, made AS Made, status AS Status, headers AS Headers,
                body AS Body
            FROM create_receipts WHERE key = @key
            """;
        const string claimSql = """
            INSERT INTO create_receipts (key, owner, body_hash, started_at) VALUES (@key, @run, @bodyHash, @now)
            ON CONFLICT (key) DO UPDATE SET owner = @run, body_hash = @bodyHash, started_at = @now, made = 0, status = NULL, headers = NULL,
                body = NULL
            """;
        var receipt = new CreateReceipt(ReceiptState.Claimed);
        await dialect.WriteAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync(pruneSql, new { dayAgo = now.AddDays(-1) }, transaction);
            var held = await connection.QuerySingleOrDefaultAsync<Held>(readSql, new { key }, transaction);
            if (held?.Status is { } status)
                receipt = new CreateReceipt(ReceiptState.Finished, held.BodyHash, new CreateAnswer((int)status, ReadHeaders(held.Headers), held.Body ?? []));
            else if (held is not null && held.Owner != Nobody && (held.Owner == ProcessRun.Mark || held.StartedAt > now - Abandoned))
                receipt = new CreateReceipt(ReceiptState.Busy);
            else if (held is { Made: true })
                receipt = new CreateReceipt(ReceiptState.Lost, held.BodyHash);
            else
                await connection.ExecuteAsync(claimSql, new { key, run = ProcessRun.Mark, bodyHash, now }, transaction);
            return null;
        }, cancellationToken);
        return receipt;
    }

    /// <inheritdoc />
    public IDisposable MarkWrites(string key)
    {
        ReceiptMark.Current = key;
        return new Unmark();
    }

    /// <inheritdoc />
    public Task FinishAsync(string key, CreateAnswer answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        const string finishSql = "UPDATE create_receipts SET status = @status, headers = @headers, body = @body WHERE key = @key";
        var headers = string.Concat(answer.Headers.Select(header => $"{header.Key}: {header.Value}\n"));
        return dialect.WriteAsync(finishSql, new { key, status = answer.Status, headers, body = answer.Body }, cancellationToken);
    }

    /// <inheritdoc />
    public Task ReleaseAsync(string key, CancellationToken cancellationToken) =>
        dialect.WriteAsync($"""
            DELETE FROM create_receipts WHERE key = @key AND status IS NULL AND made = 0;
            UPDATE create_receipts SET owner = '{Nobody}' WHERE key = @key AND status IS NULL
            """, new { key }, cancellationToken);

    // Headers are kept one a line, "Name: value"; a header's value holds no line break.
    private static Dictionary<string, string> ReadHeaders(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(": ", 2))
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.OrdinalIgnoreCase);

    private sealed class Unmark : IDisposable
    {
        public void Dispose() => ReceiptMark.Current = null;
    }

    private sealed class Held
    {
        public string Owner { get; init; } = "";
        public string BodyHash { get; init; } = "";
        public DateTimeOffset StartedAt { get; init; }
        public bool Made { get; init; }
        public long? Status { get; init; }
        public string? Headers { get; init; }
        public byte[]? Body { get; init; }
    }
}
