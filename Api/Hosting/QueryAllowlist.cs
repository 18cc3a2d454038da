using System.Reflection;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Api.Hosting;

/// <summary>Refuses query parameters an endpoint does not declare, so a typo is a 400 rather than silently ignored.</summary>
public static class QueryAllowlist
{
    /// <summary>The filter for one endpoint: its declared query parameters are read once, when the endpoint is built.</summary>
    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext factory, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var declared = factory.MethodInfo.GetParameters()
            .Select(parameter => parameter.GetCustomAttribute<FromQueryAttribute>() is { } query ? query.Name ?? parameter.Name : null)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var allowed = declared.Count == 0 ? "none" : string.Join(", ", declared.Order(StringComparer.Ordinal));
        return context =>
        {
            var query = context.HttpContext.Request.Query;
            if (query.Count == 0 || query.Keys.All(declared.Contains)) return next(context);
            var unknown = query.Keys.Where(name => !declared.Contains(name));
            return ValueTask.FromResult<object?>(Problems.Invalid(
                unknown.ToDictionary(name => name, _ => new[] { $"is not a parameter of this endpoint (allowed: {allowed})" })));
        };
    }
}
