using System.Reflection;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Api.Hosting;

/// <summary>Refuses query parameters an endpoint does not declare, so a typo is a 400 rather than silently ignored.</summary>
public sealed class QueryAllowlist : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var declared = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<MethodInfo>()?.GetParameters()
            .Select(parameter => parameter.GetCustomAttribute<FromQueryAttribute>() is { } query ? query.Name ?? parameter.Name : null)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal) ?? [];
        var unknown = context.HttpContext.Request.Query.Keys.Where(name => !declared.Contains(name)).ToList();
        if (unknown.Count == 0) return await next(context);
        var allowed = declared.Count == 0 ? "none" : string.Join(", ", declared.Order(StringComparer.Ordinal));
        return Problems.Invalid(unknown.ToDictionary(name => name, _ => new[] { $"is not a parameter of this endpoint (allowed: {allowed})" }));
    }
}
