using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing.Template;

namespace Cms.Api.Hosting;

/// <summary>
/// The media types an address takes for a method, for the 415 that routing answers by itself when no endpoint there
/// accepts the body's type: the answer names what the endpoint takes (NDJSON for an import), not a guess.
/// </summary>
public static class AcceptedBodies
{
    /// <summary>The media types the endpoints at the request's path and method accept, joined by "or"; null when none declares any.</summary>
    public static string? At(HttpContext context)
    {
        var request = context.Request;
        var types = context.RequestServices.GetService<EndpointDataSource>()?.Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(request.Method, StringComparer.OrdinalIgnoreCase) ?? true)
            .Where(endpoint => endpoint.RoutePattern.RawText is { } pattern
                && new TemplateMatcher(TemplateParser.Parse(pattern), new RouteValueDictionary()).TryMatch(request.Path, new RouteValueDictionary()))
            .SelectMany(endpoint => endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? [])
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return types is { Count: > 0 } ? string.Join(" or ", types) : null;
    }
}
