using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Cms.Api.Hosting;

/// <summary>
/// A body sent in chunks that holds no bytes is no body, as one sent with <c>Content-Length: 0</c> is: an endpoint whose body
/// is optional (publish, preview links) then reads none, where it refused the empty text as JSON that is not well formed.
/// The first chunk of a body an endpoint reads is looked at, not taken; the body size limit is set before.
/// </summary>
public sealed class EmptyBodies(RequestDelegate next)
{
    /// <summary>Marks a chunked body with no bytes as no body.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength is null && (context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? false)
            && context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>() is not null)
        {
            var reader = context.Request.BodyReader;
            var first = await reader.ReadAsync(context.RequestAborted);
            reader.AdvanceTo(first.Buffer.Start);
            if (first.IsCompleted && first.Buffer.IsEmpty) context.Features.Set<IHttpRequestBodyDetectionFeature>(new NoBody());
        }
        await next(context);
    }

    private sealed class NoBody : IHttpRequestBodyDetectionFeature
    {
        public bool CanHaveBody => false;
    }
}
