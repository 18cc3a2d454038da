using System.Reflection;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Api.Hosting;

/// <summary>
/// Refuses query parameters an endpoint does not declare, so a typo is a 400 rather than silently ignored, and a parameter
/// that takes one value given more than once, so a request never means two things at once.
/// </summary>
public static class QueryAllowlist
{
    /// <summary>The filter for one endpoint: its declared query parameters are read once, when the endpoint is built.</summary>
    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext factory, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var parameters = factory.MethodInfo.GetParameters()
            .Select(parameter => (Name: parameter.GetCustomAttribute<FromQueryAttribute>() is { } query ? query.Name ?? parameter.Name : null,
                Repeatable: parameter.ParameterType.IsArray))
            .Where(parameter => parameter.Name is not null)
            .ToList();
        var declared = parameters.Select(parameter => parameter.Name!).ToHashSet(StringComparer.Ordinal);
        var repeatable = parameters.Where(parameter => parameter.Repeatable).Select(parameter => parameter.Name!).ToHashSet(StringComparer.Ordinal);
        var allowed = declared.Count == 0 ? "none" : string.Join(", ", declared.Order(StringComparer.Ordinal));
        return context =>
        {
            var query = context.HttpContext.Request.Query;
            if (query.Count == 0) return next(context);
            // Made only for a refusal: most requests name their parameters once each.
            Dictionary<string, string[]>? errors = null;
            foreach (var (name, values) in query)
            {
                var problem = !declared.Contains(name) ? $"is not a parameter of this endpoint (allowed: {allowed})"
                    : values.Count > 1 && !repeatable.Contains(name) ? "appears more than once; give it once"
                    : null;
                if (problem is not null) (errors ??= new(StringComparer.Ordinal))[name] = [problem];
            }
            return errors is null ? next(context) : ValueTask.FromResult<object?>(Problems.Invalid(errors));
        };
    }
}
