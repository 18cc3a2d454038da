using System.Threading.RateLimiting;
using Cms.Api.Hosting;

namespace Cms.Api.Auth;

/// <summary>
/// The stricter budget for failed authentication, per client address. Once an address has used it, every request from it
/// that presents a key is refused with 429 before the key is even looked at, so guessing keys goes no faster.
/// </summary>
public sealed class FailedAuthentication(RateLimitSettings settings) : IDisposable
{
    private const string ThrottledItem = "cms.auth.throttled";
    private const string FailedItem = "cms.auth.failed";

    private readonly PartitionedRateLimiter<object> failures = PartitionedRateLimiter.Create<object, object>(
        address => RateLimitPartition.GetFixedWindowLimiter(address, _ => settings.FailedAuthentication.Options()));

    /// <summary>False, and the request marked, when the address has no failed attempt left.</summary>
    public bool MayTry(HttpContext context)
    {
        using var probe = failures.AttemptAcquire(RateLimits.AddressOf(context), 0);
        if (probe.IsAcquired) return true;
        context.Items[ThrottledItem] = true;
        return false;
    }

    /// <summary>Counts a failed attempt against the request's address.</summary>
    public void Failed(HttpContext context)
    {
        context.Items[FailedItem] = true;
        using var lease = failures.AttemptAcquire(RateLimits.AddressOf(context));
    }

    /// <summary>True when the request's key failed or was not even tried; this budget, not the address's, governs it.</summary>
    public static bool Governs(HttpContext context) => context.Items.ContainsKey(FailedItem) || context.Items.ContainsKey(ThrottledItem);

    /// <summary>When the request was refused for its address's failures, answers 429 and returns true.</summary>
    public async Task<bool> RefuseIfThrottledAsync(HttpContext context)
    {
        if (!context.Items.ContainsKey(ThrottledItem)) return false;
        using var lease = failures.AttemptAcquire(RateLimits.AddressOf(context), 0);
        await RateLimits.TooManyRequests(context, lease, settings.FailedAuthentication, "Too many failed authentications.",
            "This address presented too many keys that are unknown, revoked or expired; retry after the time in Retry-After.");
        return true;
    }

    /// <inheritdoc />
    public void Dispose() => failures.Dispose();
}
