using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Domain.Common;

namespace Cms.Api.Hosting;

/// <summary>JSON merge patch (RFC 7396), read as strictly as any other body.</summary>
public static class MergePatch
{
    /// <summary>The media type of a merge patch.</summary>
    public const string MediaType = "application/merge-patch+json";

    private static readonly JsonDocumentOptions Nested = new() { MaxDepth = 64 };

    /// <summary>The patch object in the request body, or why it cannot be one.</summary>
    public static async Task<Outcome<JsonObject>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!string.Equals(request.ContentType?.Split(';')[0].Trim(), MediaType, StringComparison.OrdinalIgnoreCase))
            throw new BadHttpRequestException("Unsupported media type.", StatusCodes.Status415UnsupportedMediaType);
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, Nested, cancellationToken);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return Failure.InvalidField("$", "must be a JSON object");
            if (Repeated(document.RootElement, "$") is { } twice) return Failure.InvalidField(twice, "appears more than once");
            var patch = JsonObject.Create(document.RootElement.Clone())!;
            if (Unreadable(patch, "$") is { } field) return Failure.InvalidField(field, "is not well-formed JSON text");
            return patch;
        }
        catch (InvalidOperationException)
        {
            return Failure.InvalidField("$", "is not well-formed JSON text");
        }
        catch (JsonException)
        {
            return Failure.InvalidField("$", "is not well-formed JSON");
        }
    }

    /// <summary>The document after the patch, read back strictly into its request type.</summary>
    public static Outcome<T> Apply<T>(T current, JsonObject patch, JsonSerializerOptions options) where T : class
    {
        var target = JsonSerializer.SerializeToNode(current, options)!.AsObject();
        Merge(target, patch);
        try
        {
            return target.Deserialize<T>(options)!;
        }
        catch (JsonException e)
        {
            var problem = Problems.UnreadableJson(e).ProblemDetails as Microsoft.AspNetCore.Http.HttpValidationProblemDetails;
            var (field, messages) = problem!.Errors.First();
            return Failure.InvalidField(field, messages[0]);
        }
    }

    // A parsed document reads its names and strings only when asked, so text that is not UTF-8 or holds a lone surrogate
    // escape would fail while the patch is applied: every name and string is read here. The first that cannot be, or null.
    private static string? Unreadable(JsonNode node, string path)
    {
        switch (node)
        {
            case JsonObject members:
                List<KeyValuePair<string, JsonNode?>> named;
                try
                {
                    named = members.ToList();
                }
                catch (InvalidOperationException)
                {
                    return path;
                }
                return named.Select(member => member.Value is null ? null : Unreadable(member.Value, Member(path, member.Key)))
                    .FirstOrDefault(field => field is not null);
            case JsonArray items:
                return items.Select((item, i) => item is null ? null : Unreadable(item, $"{path}[{i}]")).FirstOrDefault(field => field is not null);
            default:
                if (node.GetValueKind() != JsonValueKind.String) return null;
                try
                {
                    node.GetValue<string>();
                    return null;
                }
                catch (InvalidOperationException)
                {
                    return path;
                }
        }
    }

    // The first name given twice in one object, with its path, or null.
    private static string? Repeated(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var member in element.EnumerateObject())
                {
                    var at = Member(path, member.Name);
                    if (!seen.Add(member.Name)) return at;
                    if (Repeated(member.Value, at) is { } inner) return inner;
                }
                return null;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (Repeated(item, $"{path}[{i++}]") is { } inner) return inner;
                }
                return null;
            default:
                return null;
        }
    }

    private static string Member(string path, string name) => path == "$" ? name : $"{path}.{name}";

    private static void Merge(JsonObject target, JsonObject patch)
    {
        foreach (var (name, value) in patch.ToList())
        {
            // A name the document lacks is left in it, even to remove, so that reading it back refuses it as no field.
            if (value is null && target.ContainsKey(name)) target.Remove(name);
            else if (value is JsonObject inner && target[name] is JsonObject existing) Merge(existing, inner);
            else target[name] = value?.DeepClone();
        }
    }
}
