namespace Cms.Domain.Webhooks;

/// <summary>Where an admin wants events sent: a URL, the event types wanted, and the secret that signs each delivery.</summary>
/// <param name="Id">The webhook's id (UUID v7).</param>
/// <param name="Url">The absolute http(s) URL deliveries are posted to.</param>
/// <param name="Events">The events as asked for: names, <c>kind.*</c> patterns, or <c>*</c>.</param>
/// <param name="Secret">The signing secret; shown once, when the webhook is registered.</param>
/// <param name="Description">What the webhook is for.</param>
/// <param name="CreatedAt">When it was registered.</param>
public sealed record Webhook(Guid Id, string Url, IReadOnlyList<string> Events, string Secret, string? Description, DateTimeOffset CreatedAt)
{
    /// <summary>The event types the patterns name, spelled out; null when a pattern names none.</summary>
    public static IReadOnlyList<string>? Expand(IEnumerable<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        var types = new List<string>();
        foreach (var pattern in patterns)
        {
            var matched = NewsroomEvents.Types.Where(type => Matches(pattern, type)).ToList();
            if (matched.Count == 0) return null;
            types.AddRange(matched.Where(type => !types.Contains(type)));
        }
        return types;
    }

    /// <summary>True when the pattern names at least one event type.</summary>
    public static bool IsPattern(string pattern) => NewsroomEvents.Types.Any(type => Matches(pattern, type));

    private static bool Matches(string pattern, string type) =>
        pattern == "*" || pattern == type || (pattern.EndsWith(".*", StringComparison.Ordinal) && type.StartsWith(pattern[..^1], StringComparison.Ordinal));
}

/// <summary>One event sent, or being sent, to one webhook, with every attempt.</summary>
/// <param name="Id">The delivery's id.</param>
/// <param name="WebhookId">The webhook it goes to.</param>
/// <param name="EventId">The event it carries.</param>
/// <param name="EventType">The event's type.</param>
/// <param name="State"><c>pending</c> (waiting for its next attempt), <c>delivered</c> or <c>failed</c> (no attempts left).</param>
/// <param name="CreatedAt">When it was made.</param>
/// <param name="NextAttemptAt">When it is next tried, while pending.</param>
/// <param name="FinishedAt">When it was delivered or given up.</param>
/// <param name="ReplayOf">The delivery it replays, if any.</param>
/// <param name="Attempts">Each attempt and its answer.</param>
public sealed record Delivery(Guid Id, Guid WebhookId, Guid EventId, string EventType, string State, DateTimeOffset CreatedAt,
    DateTimeOffset? NextAttemptAt, DateTimeOffset? FinishedAt, Guid? ReplayOf, IReadOnlyList<DeliveryAttempt> Attempts);

/// <summary>One try at a delivery.</summary>
/// <param name="Number">1 for the first try.</param>
/// <param name="At">When it was made.</param>
/// <param name="StatusCode">The receiver's HTTP status, if it answered.</param>
/// <param name="Error">Why there was no answer (refused address, timeout, connection failure).</param>
/// <param name="Response">The start of the receiver's answer body.</param>
/// <param name="DurationMs">How long it took.</param>
public sealed record DeliveryAttempt(int Number, DateTimeOffset At, int? StatusCode, string? Error, string? Response, int DurationMs)
{
    /// <summary>True when the receiver took the delivery (a 2xx answer).</summary>
    public bool Succeeded => StatusCode is >= 200 and < 300;
}
