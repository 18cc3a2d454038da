using Cms.Api.Auth;

namespace Cms.Api.Audit;

/// <summary>
/// Records every write (any method but GET, HEAD and OPTIONS on a named endpoint), refused ones included: who asked,
/// which operation on which resource, when, and the status it ended with. The entry is stored before the answer
/// starts, so a client that sees the answer finds the entry.
/// </summary>
public sealed class AuditTrail(RequestDelegate next, AuditRecorder recorder)
{
    private const string ResourceItem = "cms.audit.resource";

    /// <summary>Names the resource a write acted on, when the handler knows it better than the URL (an id for a slug).</summary>
    public static void NameResource(HttpContext context, string resource) => context.Items[ResourceItem] = resource;

    /// <summary>Watches the request if it is a write.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method)
            || context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>() is not { } name)
        {
            return next(context);
        }
        // Read from the route now: a request refused by an exception is answered after the endpoint and its route values are cleared.
        var routed = RoutedResource(context);
        context.Response.OnStarting(() => RecordAsync(context, name.EndpointName, routed));
        return next(context);
    }

    private Task RecordAsync(HttpContext context, string action, (string Resource, bool IsItem) routed)
    {
        var caller = Callers.Of(context.User);
        return recorder.RecordAsync(caller?.KeyId, caller?.Name, action, ResourceOf(context, routed), context.Response.StatusCode);
    }

    private static string ResourceOf(HttpContext context, (string Resource, bool IsItem) routed)
    {
        if (context.Items[ResourceItem] is string named) return named;
        if (!routed.IsItem && context.Response.Headers.Location.ToString() is { Length: > 0 } location) return Trimmed(location.Split('/'));
        return routed.Resource;
    }

    // The route's path up to its last parameter (articles/{key} for articles/{key}/publish), or the whole path when it has none.
    private static (string Resource, bool IsItem) RoutedResource(HttpContext context)
    {
        var parts = new List<string>();
        var throughLastParameter = 0;
        foreach (var segment in (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.PathSegments ?? [])
        {
            if (segment.Parts is [Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter])
            {
                parts.Add(context.Request.RouteValues[parameter.Name]?.ToString() ?? "");
                throughLastParameter = parts.Count;
            }
            else
            {
                parts.Add(string.Concat(segment.Parts.OfType<Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart>().Select(p => p.Content)));
            }
        }
        return (Trimmed(throughLastParameter > 0 ? parts.Take(throughLastParameter) : parts), throughLastParameter > 0);
    }

    private static string Trimmed(IEnumerable<string> parts) =>
        string.Join('/', parts.SkipWhile(part => part is "" or "api" or "v1" || part.StartsWith("http", StringComparison.Ordinal)));
}
