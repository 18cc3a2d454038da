using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Cms.Api.Auth;
using Microsoft.AspNetCore.RateLimiting;

namespace Cms.Api.Hosting;

/// <summary>
/// ASP.NET Core's rate limiter on the API, feeds and sitemaps: one fixed-window bucket per key (by its id), one per client address for requests
/// without a key, and a separate, stricter one per address for failed authentication (<see cref="FailedAuthentication"/>). Buckets are keyed by nothing
/// else the client sends. Over the limit: 429 with <c>Retry-After</c> and <c>RateLimit-*</c> headers.
/// </summary>
public static class RateLimits
{
    /// <summary>Registers the limiter with the budgets from <c>Cms:RateLimits</c>.</summary>
    public static void AddCmsRateLimits(this IServiceCollection services, RateLimitSettings settings)
    {
        services.AddSingleton(settings);
        services.AddSingleton<FailedAuthentication>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, Bucket>(context =>
            {
                if (Unlimited(context.Request.Path) || FailedAuthentication.Governs(context))
                    return RateLimitPartition.GetNoLimiter(Bucket.Unlimited);
                return context.User.Identity?.IsAuthenticated == true && context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } key
                    ? RateLimitPartition.GetFixedWindowLimiter(new Bucket(true, key), _ => settings.Key.Options())
                    : RateLimitPartition.GetFixedWindowLimiter(new Bucket(false, AddressOf(context)), _ => settings.Anonymous.Options());
            });
            options.OnRejected = (rejected, _) =>
            {
                var budget = rejected.HttpContext.User.Identity?.IsAuthenticated == true ? settings.Key : settings.Anonymous;
                return TooManyRequests(rejected.HttpContext, rejected.Lease, budget, "Too many requests.",
                    "This key or address has used its request budget; retry after the time in Retry-After.").ValueTask();
            };
        });
    }

    /// <summary>Health checks and the API's documentation, which orchestrators and people load freely.</summary>
    private static bool Unlimited(PathString path) => path.StartsWithSegments("/health") || path.StartsWithSegments("/swagger");

    /// <summary>The client's address as the connection gives it; forwarded headers are not trusted.</summary>
    public static object AddressOf(HttpContext context) => context.Connection.RemoteIpAddress ?? (object)IPAddress.None;

    /// <summary>Writes a 429 problem with the headers that say when to come back.</summary>
    public static async Task TooManyRequests(HttpContext context, RateLimitLease lease, Budget budget, string title, string detail)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(budget.WindowSeconds);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var headers = context.Response.Headers;
        headers.RetryAfter = seconds;
        headers["RateLimit-Limit"] = budget.PermitLimit.ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Remaining"] = "0";
        headers["RateLimit-Reset"] = seconds;
        headers["RateLimit-Policy"] = string.Create(CultureInfo.InvariantCulture, $"{budget.PermitLimit};w={budget.WindowSeconds}");
        await Problems.Of(StatusCodes.Status429TooManyRequests, "rate-limited", title, detail).ExecuteAsync(context);
    }

    /// <summary>A bucket: a key's id, or a client's address.</summary>
    public readonly record struct Bucket(bool Keyed, object Who)
    {
        /// <summary>The bucket of requests that are not limited.</summary>
        public static readonly Bucket Unlimited = new(false, "");
    }

    private static ValueTask ValueTask(this Task task) => new(task);
}

/// <summary>Request budgets, each a number of requests per fixed window.</summary>
public sealed class RateLimitSettings
{
    /// <summary>Per client address, for requests without a key.</summary>
    public Budget Anonymous { get; set; } = new() { PermitLimit = 600, WindowSeconds = 60 };

    /// <summary>Per key.</summary>
    public Budget Key { get; set; } = new() { PermitLimit = 1200, WindowSeconds = 60 };

    /// <summary>Per client address, for requests whose key is missing from the store, revoked or expired.</summary>
    public Budget FailedAuthentication { get; set; } = new() { PermitLimit = 10, WindowSeconds = 300 };
}

/// <summary>A number of requests per window.</summary>
public sealed class Budget
{
    /// <summary>Requests allowed in a window.</summary>
    public int PermitLimit { get; set; }

    /// <summary>The window's length in seconds.</summary>
    public int WindowSeconds { get; set; }

    /// <summary>The limiter's options for this budget.</summary>
    public FixedWindowRateLimiterOptions Options() => new()
    {
        PermitLimit = Math.Max(1, PermitLimit),
        Window = TimeSpan.FromSeconds(Math.Max(1, WindowSeconds)),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
