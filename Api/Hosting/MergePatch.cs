using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Domain.Common;

namespace Cms.Api.Hosting;

/// <summary>JSON merge patch (RFC 7396), read as strictly as any other body.</summary>
public static partial class MergePatch
{
    /// <summary>The media type of a merge patch.</summary>
    public const string MediaType = "application/merge-patch+json";

    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false, MaxDepth = 64 };

    /// <summary>The patch object in the request body, or why it cannot be one.</summary>
    public static async Task<Outcome<JsonObject>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!string.Equals(request.ContentType?.Split(';')[0].Trim(), MediaType, StringComparison.OrdinalIgnoreCase))
            throw new BadHttpRequestException("Unsupported media type.", StatusCodes.Status415UnsupportedMediaType);
        try
        {
            var node = await JsonNode.ParseAsync(request.Body, documentOptions: Strict, cancellationToken: cancellationToken);
            if (node is not JsonObject patch) return Failure.InvalidField("$", "must be a JSON object");
            if (Unreadable(patch, "$") is { } field) return Failure.InvalidField(field, "is not well-formed JSON text");
            return Repeated(patch, "$") is { } twice ? Failure.InvalidField(twice, "appears more than once") : patch;
        }
        catch (InvalidOperationException)
        {
            return Failure.InvalidField("$", "is not well-formed JSON text");
        }
        catch (JsonException e)
        {
            return DuplicateName().Match(e.Message) is { Success: true } duplicate
                ? Failure.InvalidField(duplicate.Groups[1].Value, "appears more than once")
                : Failure.InvalidField("$", "is not well-formed JSON");
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

    [GeneratedRegex("^Duplicate property '([^']*)'", RegexOptions.CultureInvariant)]
    private static partial Regex DuplicateName();

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

    // Names match fields ignoring case, as in every other body, so two that differ only in case name one field twice.
    // The later of the first such pair, or null.
    private static string? Repeated(JsonNode? node, string path) => node switch
    {
        JsonObject members => members.GroupBy(member => member.Key, StringComparer.OrdinalIgnoreCase).FirstOrDefault(names => names.Count() > 1)
            is { } twice
            ? Member(path, twice.Last().Key)
            : members.Select(member => Repeated(member.Value, Member(path, member.Key))).FirstOrDefault(field => field is not null),
        JsonArray items => items.Select((item, i) => Repeated(item, $"{path}[{i}]")).FirstOrDefault(field => field is not null),
        _ => null,
    };

    private static string Member(string path, string name) => path == "$" ? name : $"{path}.{name}";

    private static void Merge(JsonObject target, JsonObject patch)
    {
        foreach (var (name, value) in patch.ToList())
        {
            if (value is null) target.Remove(name);
            else if (value is JsonObject inner && target[name] is JsonObject existing) Merge(existing, inner);
            else target[name] = value.DeepClone();
        }
    }
}
