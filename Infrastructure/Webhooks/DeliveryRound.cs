using System.Data.Common;
using Cms.Domain.Common;
using Cms.Domain.Webhooks;
using Cms.Infrastructure.Database;
using Dapper;

namespace Cms.Infrastructure.Webhooks;

/// <summary>A delivery whose attempt is due, with what sending it needs.</summary>
public sealed class DueDelivery
{
    /// <summary>The delivery's id.</summary>
    public Guid Id { get; init; }

    /// <summary>Where it goes.</summary>
    public string Url { get; init; } = "";

    /// <summary>The webhook's signing secret.</summary>
    public string Secret { get; init; } = "";

    /// <summary>The event's id.</summary>
    public Guid EventId { get; init; }

    /// <summary>The event's type.</summary>
    public string EventType { get; init; } = "";

    /// <summary>The JSON body.</summary>
    public string Payload { get; init; } = "";

    /// <summary>Attempts made so far.</summary>
    public int Attempts { get; init; }
}

/// <summary>
/// The delivery worker's steps: hand events waiting in the outbox to the webhooks that want them, take the deliveries that
/// are due, and send each, recording its attempt and answer and scheduling a retry (with backoff and jitter) or giving up.
/// A delivery is leased while it is being sent, so two workers never send it at once. At most <see cref="InFlight"/> are
/// sent at a time, at most <see cref="InFlightPerWebhook"/> to one webhook, the oldest of every webhook first: a receiver
/// that is slow or down holds back its own deliveries, never the other webhooks'.
/// </summary>
public sealed class DeliveryRound(ISqlDialect dialect, WebhookSender sender, WebhookSettings settings, IClock clock)
{
    /// <summary>The most deliveries sent at once.</summary>
    public const int InFlight = 16;

    /// <summary>The most deliveries sent at once to one webhook.</summary>
    public const int InFlightPerWebhook = 4;

    /// <summary>
    /// Hands waiting events to the webhooks that want them and leases up to <paramref name="most"/> deliveries that are due,
    /// for <see cref="SendAsync"/>.
    /// </summary>
    public async Task<IReadOnlyList<DueDelivery>> TakeDueAsync(int most, CancellationToken cancellationToken)
    {
        await DispatchAsync(cancellationToken);
        return most > 0 ? await ClaimDueAsync(most, cancellationToken) : [];
    }

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        const string waitingSql = """
            SELECT e.id AS EventId, s.webhook_id AS WebhookId FROM outbox_events e
            LEFT JOIN webhook_subscriptions s ON s.event = e.type
            WHERE e.dispatched_at IS NULL ORDER BY e.id LIMIT 1000
            """;
        const string deliverySql = """
            INSERT OR IGNORE INTO webhook_deliveries (id, webhook_id, event_id, state, attempts, due_at, created_at)
            VALUES (@Id, @WebhookId, @EventId, 'pending', 0, @Now, @Now)
            """;
        const string doneSql = "UPDATE outbox_events SET dispatched_at = @now WHERE id IN @ids";
        await dialect.WriteAsync(async (connection, transaction) =>
        {
            var waiting = (await connection.QueryAsync<(Guid EventId, Guid? WebhookId)>(waitingSql, transaction: transaction)).ToList();
            if (waiting.Count == 0) return null;
            var now = clock.Now;
            var deliveries = waiting.Where(pair => pair.WebhookId is not null)
                .Select(pair => new { Id = Guid.CreateVersion7(now), WebhookId = pair.WebhookId!.Value, pair.EventId, Now = now });
            await connection.ExecuteAsync(deliverySql, deliveries, transaction);
            await connection.ExecuteAsync(doneSql, new { now, ids = waiting.Select(pair => pair.EventId.ToString("D")).Distinct().ToArray() }, transaction);
            return null;
        }, cancellationToken);
    }

    private async Task<List<DueDelivery>> ClaimDueAsync(int take, CancellationToken cancellationToken)
    {
        // A webhook's turn counts the deliveries it has under way: one with 4 being sent gets no new one this round.
        const string claimSql = """
            UPDATE webhook_deliveries SET leased_until = @until
            WHERE id IN (SELECT id FROM (
                    SELECT d.id, d.due_at, COALESCE(busy.sending, 0) + row_number() OVER (PARTITION BY d.webhook_id ORDER BY d.due_at) AS turn
                    FROM webhook_deliveries d
                    LEFT JOIN (SELECT webhook_id, count(*) AS sending FROM webhook_deliveries
                               WHERE state = 'pending' AND leased_until >= @now GROUP BY webhook_id) busy ON busy.webhook_id = d.webhook_id
                    WHERE d.state = 'pending' AND d.due_at <= @now AND (d.leased_until IS NULL OR d.leased_until < @now))
                WHERE turn <= @perWebhook ORDER BY turn, due_at LIMIT @take)
            RETURNING id
            """;
        const string readSql = """
            SELECT d.id AS Id, w.url AS Url, w.secret AS Secret, e.id AS EventId, e.type AS EventType, e.payload AS Payload, d.attempts AS Attempts
            FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id JOIN outbox_events e ON e.id = d.event_id
            WHERE d.id IN @ids
            """;
        var now = clock.Now;
        var claimed = new List<Guid>();
        await dialect.WriteAsync(async (connection, transaction) =>
        {
            claimed.AddRange(await connection.QueryAsync<Guid>(claimSql,
                new { now, until = now.AddSeconds(settings.TimeoutSeconds * 3 + 30), take, perWebhook = InFlightPerWebhook }, transaction));
            return null;
        }, cancellationToken);
        if (claimed.Count == 0) return [];
        await using var reader = await dialect.OpenAsync(cancellationToken);
        return (await reader.QueryAsync<DueDelivery>(readSql, new { ids = claimed.Select(id => id.ToString("D")).ToArray() })).ToList();
    }

    /// <summary>Sends a leased delivery once and records the attempt, its answer and what comes next.</summary>
    public async Task SendAsync(DueDelivery delivery, CancellationToken cancellationToken)
    {
        const string attemptSql = """
            INSERT INTO webhook_attempts (delivery_id, number, at, status_code, error, response, duration_ms)
            VALUES (@DeliveryId, @Number, @At, @StatusCode, @Error, @Response, @DurationMs)
            """;
        const string stateSql = """
            UPDATE webhook_deliveries SET attempts = @attempts, state = @state, due_at = @due, finished_at = @finished, leased_until = NULL
            WHERE id = @id
            """;
        var attempt = await sender.SendAsync(delivery.Attempts + 1, delivery.Url, delivery.Secret, delivery, cancellationToken);
        var retryIn = attempt.Succeeded ? null : settings.Retries.After(attempt.Number, Random.Shared.NextDouble());
        var now = clock.Now;
        var state = attempt.Succeeded ? "delivered" : retryIn is null ? "failed" : "pending";
        try
        {
            await dialect.WriteAsync(async (connection, transaction) =>
            {
                await connection.ExecuteAsync(attemptSql, new
                {
                    DeliveryId = delivery.Id, attempt.Number, attempt.At, attempt.StatusCode, attempt.Error, attempt.Response, attempt.DurationMs,
                }, transaction);
                await connection.ExecuteAsync(stateSql, new
                {
                    id = delivery.Id, attempts = attempt.Number, state, due = retryIn is { } wait ? now + wait : now,
                    finished = state == "pending" ? (DateTimeOffset?)null : now,
                }, transaction);
                return null;
            }, CancellationToken.None);
        }
        catch (DbException e) when (dialect.IsForeignKeyViolation(e))
        {
            // The webhook was deleted while the attempt was under way; its deliveries went with it.
        }
    }
}
