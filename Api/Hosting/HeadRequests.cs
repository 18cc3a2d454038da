using Microsoft.AspNetCore.Routing;

namespace Cms.Api.Hosting;

/// <summary>HEAD is answered wherever GET is, as RFC 9110 asks: the same status and headers, and no body.</summary>
public static class HeadRequests
{
    /// <summary>Routes for <paramref name="app"/> whose GET endpoints also answer HEAD.</summary>
    public static RouteGroupBuilder WithHeadWhereGet(this IEndpointRouteBuilder app)
    {
        var routes = app.MapGroup("");
        ((IEndpointConventionBuilder)routes).Finally(endpoint =>
        {
            if (endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault() is not { } methods
                || !methods.HttpMethods.Contains(HttpMethods.Get) || methods.HttpMethods.Contains(HttpMethods.Head)) return;
            endpoint.Metadata.Add(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head], methods.AcceptCorsPreflight));
        });
        return routes;
    }
}
