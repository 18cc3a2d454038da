using Microsoft.AspNetCore.Http.Features;

namespace Cms.Api.Hosting;

/// <summary>
/// Holds every server to <c>Cms:Limits:MaxRequestBodyBytes</c>, not only Kestrel: a declared length over the limit is a 413 at once,
/// and the server's own per-request limit is set where it has one.
/// </summary>
public sealed class BodySizeLimit(RequestDelegate next, BodySizeLimit.Settings settings)
{
    /// <summary>Refuses a body declared too large before anything reads it.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        var limit = BulkTransfer.Marks(context) ? settings.MaxBulkBytes : settings.MaxBytes;
        if (context.Request.ContentLength > limit) return Problems.TooLarge().ExecuteAsync(context);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = limit;
        return next(context);
    }

    /// <summary>The largest request bodies accepted, in bytes.</summary>
    /// <param name="MaxBytes">The limit of an ordinary request, and of one line of a bulk import.</param>
    /// <param name="MaxBulkBytes">The limit of a bulk import.</param>
    /// <param name="BulkIdleSeconds">How long a bulk import's body may bring nothing before the import stops, its answer begun.</param>
    public sealed record Settings(long MaxBytes, long MaxBulkBytes, int BulkIdleSeconds = 30);
}
