using Cms.Domain.Common;

namespace Cms.Domain.Webhooks;

/// <summary>Where webhooks and their deliveries are kept.</summary>
public interface IWebhookStore
{
    /// <summary>Stores a new webhook with the event types it wants, spelled out.</summary>
    Task AddAsync(Webhook webhook, IReadOnlyList<string> types, CancellationToken cancellationToken);

    /// <summary>Every webhook, oldest first.</summary>
    Task<IReadOnlyList<Webhook>> ListAsync(CancellationToken cancellationToken);

    /// <summary>One webhook.</summary>
    Task<Webhook?> FindAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Removes a webhook and its deliveries; false when there was none.</summary>
    Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>A webhook's latest deliveries, newest first, with their attempts.</summary>
    Task<IReadOnlyList<Delivery>> DeliveriesAsync(Guid webhookId, int limit, CancellationToken cancellationToken);

    /// <summary>A new delivery of the same event, due now; null when the webhook has no such delivery.</summary>
    Task<Delivery?> ReplayAsync(Guid webhookId, Guid deliveryId, DateTimeOffset now, CancellationToken cancellationToken);
}

/// <summary>Says whether a webhook may send to a URL: why not, or null when it may.</summary>
public interface IWebhookTargets
{
    /// <summary>Why deliveries may not go to <paramref name="url"/>, or null.</summary>
    Task<string?> ProblemAsync(Uri url, CancellationToken cancellationToken);
}

/// <summary>The one way webhooks are registered, removed and their deliveries replayed.</summary>
public sealed class WebhookDesk(IWebhookStore store, IWebhookTargets targets, IClock clock)
{
    /// <summary>Registers a webhook; its secret is in the answer, and only there.</summary>
    public async Task<Outcome<Webhook>> RegisterAsync(string url, IReadOnlyList<string> events, string? description, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        var types = Webhook.Expand(events);
        if (types is null) return Failure.InvalidField("events", "names an event this CMS does not send");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var target) || !WebAddress.IsAbsoluteHttp(url))
            return Failure.InvalidField("url", "must be an absolute http or https URL");
        if (target.UserInfo.Length > 0)
            return Failure.InvalidField("url", "must not carry a user name or password, which deliveries would not send and webhook lists would show");
        if (target.Port == 0) return Failure.InvalidField("url", "must not name port 0");
        if (await targets.ProblemAsync(target, cancellationToken) is { } problem) return Failure.InvalidField("url", problem);
        var now = clock.Now;
        var webhook = new Webhook(Guid.CreateVersion7(now), url, events, WebhookSignature.NewSecret(), description, now);
        await store.AddAsync(webhook, types, cancellationToken);
        return webhook;
    }

    /// <summary>Sends a delivery's event again, as a new delivery.</summary>
    public async Task<Outcome<Delivery>> ReplayAsync(Guid webhookId, Guid deliveryId, CancellationToken cancellationToken)
    {
        if (await store.ReplayAsync(webhookId, deliveryId, clock.Now, cancellationToken) is { } replay) return replay;
        return await store.FindAsync(webhookId, cancellationToken) is null
            ? Failure.NotFoundById("webhook", webhookId)
            : new Failure(FailureKind.NotFound, "delivery-not-found", $"The webhook '{webhookId:D}' has no delivery with the id '{deliveryId:D}'.");
    }
}
