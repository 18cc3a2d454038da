using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace Cms.Api.Hosting;

/// <summary>
/// What a request body must be before an endpoint reads it; a body sent where no endpoint reads one (a DELETE, an unknown
/// path) is left unread, whatever it declares.
/// <list type="bullet">
/// <item>UTF-8 (RFC 8259): a <c>Content-Type</c> naming another charset is a 415, and UTF-8 in another spelling
/// (<c>"utf-8"</c>, <c>UTF8</c>) is named the one way the JSON reader knows.</item>
/// <item>A body sent in chunks that holds no bytes is no body, as one sent with <c>Content-Length: 0</c> is: an endpoint
/// whose body is optional (publish, preview links) then reads none, where it refused the empty text as JSON that is not
/// well formed. The first chunk is looked at, not taken; the body size limit is set before.</item>
/// </list>
/// </summary>
public sealed class RequestBodies(RequestDelegate next)
{
    /// <summary>Refuses a body in another charset than UTF-8 and marks a chunked body with no bytes as no body.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        var canHaveBody = context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? true;
        if (canHaveBody && context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>() is not null)
        {
            if (NotUtf8(context.Request) is { } charset)
            {
                await Problems.Of(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "Unsupported media type.",
                    $"Request bodies are UTF-8; the charset '{charset}' is not accepted.").ExecuteAsync(context);
                return;
            }
            if (context.Request.ContentLength is null) await MarkEmptyAsync(context);
        }
        await next(context);
    }

    // The charset the body declares when it is not UTF-8; UTF-8 in another spelling is renamed.
    private static string? NotUtf8(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.Charset.HasValue) return null;
        var charset = HeaderUtilities.RemoveQuotes(type.Charset).Value ?? "";
        if (!charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)) return charset;
        type.Charset = "utf-8";
        request.ContentType = type.ToString();
        return null;
    }

    private static async Task MarkEmptyAsync(HttpContext context)
    {
        var reader = context.Request.BodyReader;
        var first = await reader.ReadAsync(context.RequestAborted);
        reader.AdvanceTo(first.Buffer.Start);
        if (first.IsCompleted && first.Buffer.IsEmpty) context.Features.Set<IHttpRequestBodyDetectionFeature>(new NoBody());
    }

    private sealed class NoBody : IHttpRequestBodyDetectionFeature
    {
        public bool CanHaveBody => false;
    }
}
