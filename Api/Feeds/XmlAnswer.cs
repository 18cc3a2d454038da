using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using Cms.Api.Hosting;
using Microsoft.AspNetCore.Http.Metadata;

namespace Cms.Api.Feeds;

/// <summary>
/// An XML document answered with an <c>ETag</c> over its bytes and its <c>Last-Modified</c>; a matching <c>If-None-Match</c>
/// gets a 304 without a body. Feeds and sitemaps are public, so shared caches may keep them.
/// </summary>
public sealed class XmlAnswer(byte[] document, string mediaType, DateTimeOffset lastModified) : IResult, IEndpointMetadataProvider
{
    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var settings = httpContext.RequestServices.GetRequiredService<CachingSettings>();
        var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(document))[..20]}\"";
        response.Headers.ETag = etag;
        response.Headers.LastModified = lastModified.ToString("R", CultureInfo.InvariantCulture);
        response.Headers.CacheControl = $"public, max-age={settings.MaxAgeSeconds}, stale-while-revalidate={settings.StaleWhileRevalidateSeconds}";
        if (Matches(httpContext.Request.Headers.IfNoneMatch.ToString(), etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = $"{mediaType}; charset=utf-8";
        response.ContentLength = document.Length;
        return HttpMethods.IsHead(httpContext.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(document, httpContext.RequestAborted).AsTask();
    }

    /// <summary>Documents the 304; each route documents its 200 with its own media type.</summary>
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified, typeof(void), []));

    private static bool Matches(string ifNoneMatch, string etag) =>
        ifNoneMatch.Length > 0 && ifNoneMatch.Split(',').Any(tag => tag.Trim() == "*" || tag.Trim().TrimStart('W', '/') == etag);
}
