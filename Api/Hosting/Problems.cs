using System.Text.Json;
using System.Text.RegularExpressions;
using Cms.Domain.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Api.Hosting;

/// <summary>RFC 9457 problem answers with the API's stable codes.</summary>
public static partial class Problems
{
    /// <summary>The base of every problem type URI.</summary>
    public const string TypeBase = "https://cms.example/problems/";

    /// <summary>A problem answer with a code.</summary>
    public static ProblemHttpResult Of(int status, string code, string title, string detail) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = status,
            Type = TypeBase + code,
            Title = title,
            Detail = detail,
            Extensions = { ["code"] = code },
        });

    /// <summary>A 400 naming each field that is wrong.</summary>
    public static ProblemHttpResult Invalid(IDictionary<string, string[]> errors, string? detail = null) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Type = TypeBase + "validation-failed",
            Title = "The request is not valid.",
            Detail = detail ?? Describe(errors),
            Extensions = { ["code"] = "validation-failed" },
        });

    /// <summary>The refusal of a use case's input that broke these field rules; answered as <see cref="Invalid(IDictionary{string, string[]}, string?)"/>.</summary>
    public static Failure Refusal(IDictionary<string, string[]> errors) =>
        new(FailureKind.Invalid, "validation-failed", Describe(errors), errors.AsReadOnly());

    /// <summary>A 400 naming one field.</summary>
    public static ProblemHttpResult Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>The answer for a query or route value, <paramref name="text"/> when known, that cannot be read as its parameter's type.</summary>
    public static ProblemHttpResult Unbound(string name, Type type, string? text = null) => Invalid(name,
        type == typeof(int) ? "must be a whole number"
        : type == typeof(bool) ? "must be true or false"
        : type == typeof(Guid) ? "must be an id such as 0190a6f1-5c3b-7d2a-9f10-4b8e2c7d1a55"
        : type == typeof(DateTimeOffset) ? (text is not null && StrictJson.PastTheCalendar(text) ? StrictJson.PastTheCalendarMessage : IsoTime)
        : "has a value that cannot be read");

    /// <summary>How a time in a query must be written.</summary>
    public const string IsoTime = "must be an ISO 8601 date or time, such as '2024-03-01' or '2024-03-01T08:00:00Z'";

    /// <summary>The answer for a use case's refusal.</summary>
    public static ProblemHttpResult For(Failure failure) => failure.Kind switch
    {
        FailureKind.Invalid => Invalid(failure.Errors?.ToDictionary() ?? new Dictionary<string, string[]>(), failure.Detail),
        FailureKind.NotFound => Of(StatusCodes.Status404NotFound, failure.Code, "Not found.", failure.Detail),
        FailureKind.Conflict => Of(StatusCodes.Status409Conflict, failure.Code, "Conflict.", failure.Detail),
        FailureKind.Stale => Of(StatusCodes.Status412PreconditionFailed, failure.Code, "Precondition failed.", failure.Detail),
        FailureKind.Forbidden => Of(StatusCodes.Status403Forbidden, failure.Code, "This key may not do that.", failure.Detail),
        _ => Of(StatusCodes.Status422UnprocessableEntity, failure.Code, "A newsroom rule forbids this.", failure.Detail),
    };

    /// <summary>The 413 for a body larger than the API accepts.</summary>
    public static ProblemHttpResult TooLarge() => Of(StatusCodes.Status413PayloadTooLarge, "body-too-large",
        "The request body is too large.", "The request body is larger than the API accepts.");

    /// <summary>The 408 for a body that stopped arriving, or arrived more slowly than the server waits for.</summary>
    public static ProblemHttpResult BodyTooSlow() => Of(StatusCodes.Status408RequestTimeout, "request-timeout", "Request timeout.",
        "The request body arrived too slowly, or stopped arriving; send the request again.");

    /// <summary>The 415 naming the media type the body must have: <paramref name="expected"/>, or the one this method takes.</summary>
    public static ProblemHttpResult UnsupportedMediaType(string method, string? expected = null) => Of(StatusCodes.Status415UnsupportedMediaType,
        "unsupported-media-type", "Unsupported media type.",
        $"The body must be sent as {expected ?? (HttpMethods.IsPatch(method) ? MergePatch.MediaType : "application/json")}.");

    /// <summary>
    /// Gives the problems the framework writes by itself (unknown route, wrong method, wrong media type, body too large)
    /// the same members and stable codes as the API's own, and every problem its trace id.
    /// </summary>
    public static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (!problem.Extensions.ContainsKey("code"))
        {
            var own = problem.Status switch
            {
                StatusCodes.Status404NotFound => Of(404, "not-found", "Not found.", "Nothing is served at this address."),
                StatusCodes.Status405MethodNotAllowed => Of(405, "method-not-allowed", "Method not allowed.",
                    $"This address does not accept {context.HttpContext.Request.Method}."),
                StatusCodes.Status408RequestTimeout => BodyTooSlow(),
                StatusCodes.Status413PayloadTooLarge => TooLarge(),
                StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType(context.HttpContext.Request.Method, AcceptedBodies.At(context.HttpContext)),
                _ => Of(problem.Status ?? 500, "error", problem.Title ?? "Error.", problem.Title ?? "The request failed."),
            };
            problem.Type = own.ProblemDetails.Type;
            problem.Title = own.ProblemDetails.Title;
            problem.Detail ??= own.ProblemDetails.Detail;
            problem.Extensions["code"] = own.ProblemDetails.Extensions["code"];
        }
        problem.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
    }

    /// <summary>A 404 for a resource key.</summary>
    public static ProblemHttpResult NotFound(string what, string key) =>
        Of(StatusCodes.Status404NotFound, $"{what}-not-found", "Not found.", $"No {what} has the id or slug '{key}'.");

    /// <summary>A 400 for JSON that could not be read, naming the field where reading stopped.</summary>
    public static ProblemHttpResult UnreadableJson(JsonException exception)
    {
        var message = exception.Message;
        if (MissingFields().Match(message) is { Success: true } missing)
        {
            var parent = FieldOf(exception.Path);
            return Invalid(missing.Groups[1].Value.Split(", ")
                .ToDictionary(name => parent.Length == 0 ? name.Trim('\'') : $"{parent}.{name.Trim('\'')}", _ => Required));
        }
        var field = FieldOf(exception.Path);
        var problem = message switch
        {
            _ when message.Contains("could not be mapped", StringComparison.Ordinal) => ServerOwned.Contains(field)
                ? "is set by the server and cannot be written"
                : "is not a field of this request",
            _ when message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase) => "appears more than once",
            _ when message.Contains("doesn't allow null", StringComparison.Ordinal) => "must not be null",
            StrictJson.NulMessage => StrictJson.NulMessage,
            _ when message.Contains("maximum configured depth", StringComparison.Ordinal) => "nests objects or arrays more than 64 levels deep",
            _ when message.StartsWith("must ", StringComparison.Ordinal) => message,
            _ when exception.Path is null => "is not well-formed JSON",
            _ => "has the wrong type or is not well-formed JSON",
        };
        return Invalid(field.Length == 0 ? "$" : field, problem);
    }

    private static readonly string[] Required = ["is required"];

    private static readonly HashSet<string> ServerOwned = new(StringComparer.Ordinal)
    {
        "id", "createdAt", "updatedAt", "status", "publishedAt", "firstPublishedAt", "wordCount", "readingTimeMinutes", "url", "version",
    };

    private static string FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$") return "";
        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return QuotedName().Replace(field, match => "." + match.Groups[1].Value).TrimStart('.');
    }

    private static string Describe(IDictionary<string, string[]> errors) =>
        string.Join(" ", errors.Select(error => $"{(error.Key == "$" ? "The request body" : $"'{error.Key}'")} {string.Join("; ", error.Value)}."));

    [GeneratedRegex(@"missing required properties including: (.+?)\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex MissingFields();

    [GeneratedRegex(@"\['([^']*)'\]", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedName();
}
