using System.Globalization;

namespace Cms.Api.Hosting;

/// <summary>ETags over the bytes actually sent, 304s for <c>If-None-Match</c>, and Cache-Control by audience.</summary>
public sealed class HttpCaching(RequestDelegate next, CachingSettings settings)
{
    private const string VersionItem = "cms.version";

    private readonly string publicAnswer = $"public, max-age={settings.MaxAgeSeconds}, stale-while-revalidate={settings.StaleWhileRevalidateSeconds}";

    /// <summary>
    /// Marks the response as showing a resource at this version, so its ETag can carry it to <c>If-Match</c>,
    /// and, when given, when the resource last changed (its <c>Last-Modified</c>).
    /// </summary>
    public static void SetVersion(HttpContext context, string resource, int version, DateTimeOffset? lastModified = null)
    {
        context.Items[VersionItem] = (resource, version);
        if (lastModified is { } changed) context.Response.Headers.LastModified = changed.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>Runs the rest of the pipeline and tags what it answered.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        if (BulkTransfer.Marks(context))
        {
            context.Response.Headers.CacheControl = "private, no-store";
            await next(context);
            return;
        }
        var original = context.Response.Body;
        using var buffer = new PooledBuffer();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        var response = context.Response;
        if (response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status201Created && buffer.Length > 0)
        {
            var etag = EntityTags.Of(buffer.Written.Span, context.Items[VersionItem] as (string, int)?);
            response.Headers.ETag = etag;
            if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            {
                var shared = context.User.Identity?.IsAuthenticated != true && !PrivateAnswers.Apply(context);
                response.Headers.CacheControl = shared ? publicAnswer : "private, no-store";
                if (shared && response.StatusCode == StatusCodes.Status200OK)
                {
                    AnonymousReadCache.Offer(context, buffer.Written.Span);
                }
                if (Matches(context.Request.Headers.IfNoneMatch.ToString(), etag))
                {
                    response.StatusCode = StatusCodes.Status304NotModified;
                    response.ContentLength = null;
                    response.Headers.ContentType = default;
                    return;
                }
            }
        }
        if (buffer.Length > 0)
        {
            response.ContentLength = buffer.Length;
            await original.WriteAsync(buffer.Written, context.RequestAborted);
        }
    }

    /// <summary>True when an <c>If-None-Match</c> header names this ETag (or <c>*</c>).</summary>
    internal static bool Matches(string ifNoneMatch, string etag) =>
        ifNoneMatch.Length > 0 && ifNoneMatch.Split(',').Any(tag => tag.Trim() == "*" || tag.Trim().TrimStart('W', '/') == etag);
}

/// <summary>How long shared caches may keep anonymous answers.</summary>
public sealed class CachingSettings
{
    /// <summary>Seconds an anonymous answer stays fresh.</summary>
    public int MaxAgeSeconds { get; set; } = 60;

    /// <summary>Seconds a stale answer may be served while it is revalidated.</summary>
    public int StaleWhileRevalidateSeconds { get; set; } = 300;

    /// <summary>Seconds the in-process cache keeps an anonymous answer; writes on this instance empty it at once.</summary>
    public int OutputCacheSeconds { get; set; } = 60;

    /// <summary>Memory the in-process cache of anonymous answers may use.</summary>
    public int OutputCacheMegabytes { get; set; } = 16;
}
