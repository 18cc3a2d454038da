using Cms.Domain.Webhooks;

namespace Cms.Infrastructure.Webhooks;

/// <summary>How webhooks are delivered (<c>Cms:Webhooks:*</c>).</summary>
public sealed class WebhookSettings
{
    /// <summary>Lets webhooks reach loopback, private and link-local addresses; for tests and closed networks only.</summary>
    public bool AllowPrivateTargets { get; set; }

    /// <summary>Runs the delivery worker in this process; the command-line tool leaves delivery to the server.</summary>
    public bool Deliver { get; set; } = true;

    /// <summary>How often the worker looks for events and deliveries due.</summary>
    public int PollMilliseconds { get; set; } = 1000;

    /// <summary>The wait after a first failed attempt, in milliseconds; it doubles per attempt.</summary>
    public int FirstRetryMilliseconds { get; set; } = 10_000;

    /// <summary>The longest wait between attempts, in seconds.</summary>
    public int MaxRetrySeconds { get; set; } = 3600;

    /// <summary>Attempts in all before a delivery has failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>How long a receiver has to answer, in seconds.</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>The retry policy these settings describe.</summary>
    public RetryPolicy Retries => new(TimeSpan.FromMilliseconds(FirstRetryMilliseconds), TimeSpan.FromSeconds(MaxRetrySeconds), Math.Max(1, MaxAttempts));
}
