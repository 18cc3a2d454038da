using System.Globalization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Primitives;

namespace Cms.Api.Hosting;

/// <summary>
/// Names the query or route value an endpoint could not read. The compile-time request delegates answer an optional value
/// that does not parse (<c>limit=ten</c>) with a bare 400; this finds which of the endpoint's parameters it was and
/// answers the problem a value that fails to bind otherwise gets (<see cref="ProblemExceptionHandler"/>).
/// </summary>
public sealed class UnreadableParameters(RequestDelegate next)
{
    /// <summary>The parameter types the endpoints read from text, each checked as the request delegates parse it.</summary>
    public static readonly IReadOnlySet<Type> Checked = new HashSet<Type> { typeof(int), typeof(bool), typeof(Guid), typeof(DateTimeOffset) };

    /// <summary>Runs the endpoint; a bare 400 it answered becomes a problem naming the value it could not read.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        var response = context.Response;
        if (response.StatusCode != StatusCodes.Status400BadRequest || response.HasStarted || response.ContentType is not null) return;
        if (Unreadable(context) is { } parameter) await Problems.Unbound(parameter.Name, parameter.Type, parameter.Text).ExecuteAsync(context);
    }

    private static (string Name, Type Type, string? Text)? Unreadable(HttpContext context)
    {
        foreach (var parameter in context.GetEndpoint()?.Metadata.GetOrderedMetadata<IParameterBindingMetadata>() ?? [])
        {
            var type = Nullable.GetUnderlyingType(parameter.ParameterInfo.ParameterType) ?? parameter.ParameterInfo.ParameterType;
            if (!parameter.HasTryParse || !Checked.Contains(type)) continue;
            var values = context.Request.RouteValues.TryGetValue(parameter.Name, out var routed)
                ? new StringValues(routed?.ToString())
                : context.Request.Query[parameter.Name];
            if (values.Count > 1 || (values.Count == 1 && !string.IsNullOrEmpty(values[0]) && !Reads(type, values[0]!))) return (parameter.Name, type, values.Count == 1 ? values[0] : null);
        }
        return null;
    }

    private static bool Reads(Type type, string text) =>
        type == typeof(int) ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
        : type == typeof(bool) ? bool.TryParse(text, out _)
        : type == typeof(Guid) ? Guid.TryParse(text, out _)
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
