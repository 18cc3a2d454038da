using Microsoft.AspNetCore.OutputCaching;

namespace Cms.Api.Hosting;

/// <summary>
/// Serves repeated anonymous reads from memory. Only GETs without a key are cached, only 200 answers are kept, any
/// change to content makes every kept answer unreachable before the change is answered (the cache key carries the
/// generation of <see cref="ContentChanges"/>; what is left behind ages out), and a request with
/// <c>Cache-Control: no-cache</c> is answered from storage.
/// </summary>
public sealed class AnonymousReadCache(ContentChanges changes) : IOutputCachePolicy
{
    private const string GenerationItem = "cms.cache-generation";

    /// <summary>True for the paths whose answers depend only on stored content.</summary>
    public static bool Covers(PathString path) => path.StartsWithSegments("/api/v1");

    /// <inheritdoc />
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var anonymous = !request.Headers.ContainsKey("Authorization") && !request.Headers.ContainsKey("X-Api-Key");
        context.EnableOutputCaching = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && anonymous && Covers(request.Path)
            && !PrivateAnswers.Apply(context.HttpContext);
        // A client that asks for a fresh answer (Cache-Control: no-cache) gets one, which then refreshes the cache.
        context.AllowCacheLookup = context.EnableOutputCaching && !request.Headers.CacheControl.ToString().Contains("no-cache", StringComparison.OrdinalIgnoreCase);
        context.AllowCacheStorage = context.EnableOutputCaching;
        context.AllowLocking = true;
        // The cache's own key ignores the case of the path and of parameter names, which this API does not.
        var generation = changes.Generation;
        context.CacheVaryByRules.VaryByValues["address"] = request.Path.Value + request.QueryString.Value;
        context.CacheVaryByRules.VaryByValues["generation"] = generation.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.HttpContext.Items[GenerationItem] = generation;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <inheritdoc />
    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // An answer computed while a write committed may show the old state: it is sent but not kept.
        var sameGeneration = context.HttpContext.Items[GenerationItem] is long started && started == changes.Generation;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0 || !sameGeneration)
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }
}

/// <summary>Counts changes to content: each one starts a new generation of the anonymous read cache.</summary>
public sealed class ContentChanges
{
    private long generation;

    /// <summary>Goes up by one with every change.</summary>
    public long Generation => Interlocked.Read(ref generation);

    /// <summary>Records that content changed: answers already being computed are not kept, cached ones are no longer served.</summary>
    public void Announce() => Interlocked.Increment(ref generation);
}

/// <summary>Announces every write that may have changed content, before its answer leaves (answers are buffered until then).</summary>
public sealed class WritesEmptyTheCache(RequestDelegate next, ContentChanges changes)
{
    /// <summary>Runs the write, then announces it unless it was refused.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        var method = context.Request.Method;
        var reading = HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);
        var refused = context.Response.StatusCode is >= 400 and < 500;
        if (!reading && !refused) changes.Announce();
    }
}
