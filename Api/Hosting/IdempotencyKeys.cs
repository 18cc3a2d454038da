using Cms.Api.Auth;
using Cms.Domain.Common;

namespace Cms.Api.Hosting;

/// <summary>
/// The <c>Idempotency-Key</c> header, as the import and every create read it: its syntax, whose it is, and the problems a
/// key that cannot be used gives.
/// </summary>
public static class IdempotencyKeys
{
    /// <summary>The header that makes a retried request harmless.</summary>
    public const string Header = "Idempotency-Key";

    /// <summary>The header a replayed answer carries.</summary>
    public const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>The longest key accepted.</summary>
    public const int MaxLength = 200;

    // Why a key cannot be used as written, or null when it can.
    private static Failure? Check(string key) =>
        key.Length is 0 or > MaxLength || key.Any(c => c is < '!' or > '~')
            ? Failure.InvalidField(Header, $"must be 1 to {MaxLength} visible ASCII characters")
            : null;

    /// <summary>Why the header as sent cannot be used (sent twice, or not as a key may be written), or null when it can.</summary>
    public static Failure? Check(Microsoft.Extensions.Primitives.StringValues sent) =>
        sent.Count > 1 ? Failure.InvalidField(Header, "must be sent once") : Check(sent.ToString());

    /// <summary>
    /// The key as kept: the caller's API key, the method, the path and the query come with it, so two callers' keys never meet
    /// and a key names one operation (a dry run's answer is never given to the run that writes).
    /// </summary>
    public static string Scope(HttpContext context, string key)
    {
        ArgumentNullException.ThrowIfNull(context);
        var caller = Callers.Of(context.User)?.KeyId?.ToString("D") ?? "anonymous";
        return $"{caller}\n{context.Request.Method} {context.Request.Path}{context.Request.QueryString}\n{key}";
    }

    /// <summary>The 409 for a key whose first request is still running.</summary>
    public static Failure InProgress(HttpContext context, string what)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.RetryAfter = "5";
        return new Failure(FailureKind.Conflict, "idempotency-key-in-progress", $"{what} with this Idempotency-Key is still running.");
    }

    /// <summary>The 409 for a key whose create was made by a request that stopped before its answer was kept.</summary>
    public static Failure AnswerLost { get; } = new(FailureKind.Conflict, "idempotency-key-answer-lost",
        "The request with this Idempotency-Key was carried out, but the service stopped before its answer was kept; it is not run " +
        "again. Look up what it made instead of sending it again.");

    /// <summary>The 422 for a key sent again with another body.</summary>
    public static Failure Reused { get; } =
        new(FailureKind.Rule, "idempotency-key-reused", "This Idempotency-Key was used with another body; use a new key.");
}
