using Microsoft.AspNetCore.OutputCaching;

namespace Cms.Api.Hosting;

/// <summary>
/// Serves repeated anonymous reads from memory. Only GETs without a key are cached, only 200 answers are kept, any
/// change to content empties the cache before the change is answered (see <see cref="ContentChanges"/>), and a request
/// with <c>Cache-Control: no-cache</c> is answered from storage.
/// </summary>
public sealed class AnonymousReadCache(ContentChanges changes) : IOutputCachePolicy
{
    /// <summary>The tag every cached answer carries, evicted as one.</summary>
    public const string Tag = "content";

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
        context.CacheVaryByRules.VaryByValues["address"] = request.Path.Value + request.QueryString.Value;
        context.Tags.Add(Tag);
        context.HttpContext.Items[GenerationItem] = changes.Generation;
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

/// <summary>Counts changes to content and empties the anonymous read cache on each one.</summary>
public sealed class ContentChanges(IOutputCacheStore store)
{
    private long generation;

    /// <summary>Goes up by one with every change.</summary>
    public long Generation => Interlocked.Read(ref generation);

    /// <summary>Records that content changed: answers already being computed are not kept, cached ones are dropped.</summary>
    public async Task AnnounceAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref generation);
        await store.EvictByTagAsync(AnonymousReadCache.Tag, cancellationToken);
    }
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
        if (!reading && !refused) await changes.AnnounceAsync(context.RequestAborted);
    }
}
