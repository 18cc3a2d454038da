using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Domain.Common;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Cms.Api.Articles;

/// <summary>A 200 answer trimmed to the top-level fields asked for with <c>fields=</c> (of each item, for a list).</summary>
/// <typeparam name="T">The answer's type, as the OpenAPI document describes it.</typeparam>
public sealed class Shaped<T>(T value, IReadOnlySet<string>? fields, bool list) : IResult, IEndpointMetadataProvider
{
    /// <summary>The untrimmed answer.</summary>
    public T Value { get; } = value;

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        if (fields is null)
        {
            await JsonSerializer.SerializeAsync(httpContext.Response.Body, Value, options.GetTypeInfo(typeof(T)), httpContext.RequestAborted);
            return;
        }
        var node = JsonSerializer.SerializeToNode(Value, options.GetTypeInfo(typeof(T)))!;
        var objects = list ? node["items"]!.AsArray().Select(item => item!.AsObject()) : [node.AsObject()];
        foreach (var shown in objects)
        {
            foreach (var name in shown.Select(property => property.Key).Where(name => !fields.Contains(name)).ToList()) shown.Remove(name);
        }
        await JsonSerializer.SerializeAsync(httpContext.Response.Body, node, options.GetTypeInfo(typeof(JsonNode)), httpContext.RequestAborted);
    }

    /// <inheritdoc />
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
}

/// <summary>Reads <c>fields=</c> against the top-level fields an article has.</summary>
public static class ArticleFields
{
    private static readonly string[] Names = typeof(ArticleResponse).GetProperties()
        .Select(property => JsonNamingPolicy.CamelCase.ConvertName(property.Name)).ToArray();

    /// <summary>The fields to keep (null for all), or the 400 naming the parameter.</summary>
    public static Outcome<IReadOnlySet<string>?> Read(string? fields)
    {
        if (fields is null) return new Outcome<IReadOnlySet<string>?>(null, null);
        var chosen = fields.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        if (chosen.Count == 0) return Failure.InvalidField("fields", "must name at least one field");
        var unknown = chosen.FirstOrDefault(name => !Names.Contains(name, StringComparer.Ordinal));
        return unknown is null
            ? chosen
            : Failure.InvalidField("fields", $"has '{unknown}', which is not one of {string.Join(", ", Names)}");
    }
}
