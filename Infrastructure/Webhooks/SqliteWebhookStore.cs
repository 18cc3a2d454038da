using System.Text.Json;
using Cms.Domain.Webhooks;
using Cms.Infrastructure.Articles;
using Cms.Infrastructure.Database;
using Dapper;

namespace Cms.Infrastructure.Webhooks;

/// <summary>Keeps webhooks, their subscriptions, deliveries and attempts.</summary>
public sealed class SqliteWebhookStore(ISqlDialect dialect) : IWebhookStore
{
    private const string DeliveryColumns = """
        d.id AS Id, d.webhook_id AS WebhookId, d.event_id AS EventId, e.type AS EventType, d.state AS State, d.created_at AS CreatedAt,
        d.due_at AS DueAt, d.finished_at AS FinishedAt, d.replay_of AS ReplayOf
        """;

    /// <inheritdoc />
    public Task AddAsync(Webhook webhook, IReadOnlyList<string> types, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(webhook);
        const string sql = """
            INSERT INTO webhooks (id, url, events, secret, description, created_at)
            VALUES (@Id, @Url, @Events, @Secret, @Description, @CreatedAt)
            """;
        const string subscribeSql = "INSERT INTO webhook_subscriptions (event, webhook_id) VALUES (@Event, @WebhookId)";
        return dialect.WriteAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync(sql, new
            {
                webhook.Id, webhook.Url, Events = JsonSerializer.Serialize(webhook.Events.ToArray(), StoreJson.Stored.StringArray),
                webhook.Secret, webhook.Description, webhook.CreatedAt,
            }, transaction);
            await connection.ExecuteAsync(subscribeSql, types.Select(type => new { Event = type, WebhookId = webhook.Id }), transaction);
            return null;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Webhook>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<Row>("SELECT * FROM webhooks ORDER BY id")).Select(row => row.Webhook).ToList();
    }

    /// <inheritdoc />
    public async Task<Webhook?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return (await connection.QuerySingleOrDefaultAsync<Row>("SELECT * FROM webhooks WHERE id = @id", new { id }))?.Webhook;
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var deleted = false;
        await dialect.WriteAsync(async (connection, transaction) =>
        {
            deleted = await connection.ExecuteAsync("DELETE FROM webhooks WHERE id = @id", new { id }, transaction) > 0;
            return null;
        }, cancellationToken);
        return deleted;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Delivery>> DeliveriesAsync(Guid webhookId, int limit, CancellationToken cancellationToken)
    {
        const string sql = $"""
            SELECT {DeliveryColumns} FROM webhook_deliveries d JOIN outbox_events e ON e.id = d.event_id
            WHERE d.webhook_id = @webhookId ORDER BY d.id DESC LIMIT @limit
            """;
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<DeliveryRow>(sql, new { webhookId, limit })).ToList();
        return await WithAttemptsAsync(connection, rows);
    }

    /// <inheritdoc />
    public async Task<Delivery?> ReplayAsync(Guid webhookId, Guid deliveryId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO webhook_deliveries (id, webhook_id, event_id, replay_of, state, attempts, due_at, created_at)
            SELECT @replayId, webhook_id, event_id, id, 'pending', 0, @now, @now FROM webhook_deliveries WHERE id = @deliveryId AND webhook_id = @webhookId
            """;
        const string readSql = $"SELECT {DeliveryColumns} FROM webhook_deliveries d JOIN outbox_events e ON e.id = d.event_id WHERE d.id = @replayId";
        var replayId = Guid.CreateVersion7(now);
        var made = false;
        await dialect.WriteAsync(async (connection, transaction) =>
        {
            made = await connection.ExecuteAsync(sql, new { replayId, webhookId, deliveryId, now }, transaction) > 0;
            return null;
        }, cancellationToken);
        if (!made) return null;
        await using var reader = await dialect.OpenAsync(cancellationToken);
        return (await WithAttemptsAsync(reader, [await reader.QuerySingleAsync<DeliveryRow>(readSql, new { replayId })]))[0];
    }

    private static async Task<IReadOnlyList<Delivery>> WithAttemptsAsync(System.Data.Common.DbConnection connection, List<DeliveryRow> rows)
    {
        const string sql = """
            SELECT delivery_id AS DeliveryId, number AS Number, at AS At, status_code AS StatusCode, error AS Error, response AS Response,
                duration_ms AS DurationMs
            FROM webhook_attempts WHERE delivery_id IN @ids ORDER BY delivery_id, number
            """;
        if (rows.Count == 0) return [];
        var attempts = (await connection.QueryAsync<AttemptRow>(sql, new { ids = rows.Select(row => row.Id.ToString("D")).ToArray() }))
            .ToLookup(attempt => attempt.DeliveryId);
        return rows.Select(row => new Delivery(row.Id, row.WebhookId, row.EventId, row.EventType, row.State, row.CreatedAt,
            row.State == "pending" ? row.DueAt : null, row.FinishedAt, row.ReplayOf,
            attempts[row.Id].Select(a => new DeliveryAttempt(a.Number, a.At, a.StatusCode, a.Error, a.Response, a.DurationMs)).ToList())).ToList();
    }

    private sealed class Row
    {
        public Guid Id { get; init; }
        public string Url { get; init; } = "";
        public string Events { get; init; } = "[]";
        public string Secret { get; init; } = "";
        public string? Description { get; init; }
        public DateTimeOffset CreatedAt { get; init; }

        public Webhook Webhook => new(Id, Url, JsonSerializer.Deserialize(Events, StoreJson.Stored.StringArray) ?? [], Secret, Description, CreatedAt);
    }

    private sealed class DeliveryRow
    {
        public Guid Id { get; init; }
        public Guid WebhookId { get; init; }
        public Guid EventId { get; init; }
        public string EventType { get; init; } = "";
        public string State { get; init; } = "";
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset DueAt { get; init; }
        public DateTimeOffset? FinishedAt { get; init; }
        public Guid? ReplayOf { get; init; }
    }

    private sealed class AttemptRow
    {
        public Guid DeliveryId { get; init; }
        public int Number { get; init; }
        public DateTimeOffset At { get; init; }
        public int? StatusCode { get; init; }
        public string? Error { get; init; }
        public string? Response { get; init; }
        public int DurationMs { get; init; }
    }
}
