using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace Cms.Api.Hosting;

/// <summary>
/// Request bodies are UTF-8 (RFC 8259): a body whose <c>Content-Type</c> names another charset is a 415 before anything
/// reads it, and UTF-8 in another spelling (<c>"utf-8"</c>, <c>UTF8</c>) is named the one way the JSON reader knows. A body
/// sent where no endpoint reads one (a DELETE, an unknown path) is left unread, whatever it declares.
/// </summary>
public sealed class Utf8Bodies(RequestDelegate next)
{
    /// <summary>Refuses a body declared in a charset other than UTF-8.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        var canHaveBody = context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? true;
        if (!canHaveBody || !MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type) || !type.Charset.HasValue
            || context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>() is null)
            return next(context);
        var charset = HeaderUtilities.RemoveQuotes(type.Charset).Value ?? "";
        if (!charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return Problems.Of(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "Unsupported media type.",
                $"Request bodies are UTF-8; the charset '{charset}' is not accepted.").ExecuteAsync(context);
        }
        type.Charset = "utf-8";
        context.Request.ContentType = type.ToString();
        return next(context);
    }
}
