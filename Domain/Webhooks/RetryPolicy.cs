namespace Cms.Domain.Webhooks;

/// <summary>
/// When a failed delivery is tried again: exponential backoff from <see cref="FirstDelay"/>, doubling per attempt up to
/// <see cref="MaxDelay"/>, with jitter (a random point in the upper half of the delay) so receivers coming back are not
/// hit by every retry at once; after <see cref="MaxAttempts"/> attempts the delivery has failed.
/// </summary>
/// <param name="FirstDelay">The wait after the first failed attempt.</param>
/// <param name="MaxDelay">The longest wait.</param>
/// <param name="MaxAttempts">Attempts in all, the first included.</param>
public sealed record RetryPolicy(TimeSpan FirstDelay, TimeSpan MaxDelay, int MaxAttempts)
{
    /// <summary>The policy when none is configured: 10 s, 20 s, 40 s … up to an hour, 8 attempts (about 21 minutes of retries).</summary>
    public static readonly RetryPolicy Default = new(TimeSpan.FromSeconds(10), TimeSpan.FromHours(1), 8);

    /// <summary>The wait after attempt number <paramref name="attempt"/> failed, or null when no attempt is left.</summary>
    /// <param name="attempt">The attempt that failed, from 1.</param>
    /// <param name="jitter">A number from 0 to 1.</param>
    public TimeSpan? After(int attempt, double jitter)
    {
        if (attempt >= MaxAttempts) return null;
        var doubled = FirstDelay.Ticks * Math.Pow(2, Math.Min(attempt - 1, 40));
        var delay = Math.Min(doubled, MaxDelay.Ticks);
        return TimeSpan.FromTicks((long)(delay / 2 + delay / 2 * Math.Clamp(jitter, 0, 1)));
    }
}
