using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Cms.Api.Hosting;

/// <summary>Turns the few failures that arrive as exceptions into problem answers; anything unexpected is logged once.</summary>
public sealed partial class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteConstraint = 19;

    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var result = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => Problems.UnreadableJson(json),
            BadHttpRequestException { StatusCode: StatusCodes.Status408RequestTimeout } => Problems.BodyTooSlow(),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Problems.TooLarge(),
            BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } => Problems.UnsupportedMediaType(httpContext.Request.Method),
            BadHttpRequestException bad when bad.Message.Contains("no body was provided", StringComparison.Ordinal) =>
                Problems.Invalid("$", "must be a JSON object"),
            BadHttpRequestException bad when UnboundParameter().Match(bad.Message) is { Success: true } unbound =>
                Problems.Unbound(unbound.Groups["name"].Value, unbound.Groups["type"].Value is "int" or "Nullable<int>" ? typeof(int) : typeof(object)),
            BadHttpRequestException bad => Problems.Of(bad.StatusCode, "bad-request", "The request could not be read.", bad.Message),
            // Kestrel's answer to a chunk size too large for a number ("ffffffff"), where other bad framing is a BadHttpRequestException.
            IOException { InnerException: OverflowException } bad => Problems.Of(400, "bad-request", "The request could not be read.", bad.Message),
            SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked } => Busy(httpContext),
            SqliteException { SqliteErrorCode: SqliteConstraint } constraint => Collided(constraint, httpContext.Request.Path),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => null,
            _ => null,
        };
        if (result is null)
        {
            if (!httpContext.RequestAborted.IsCancellationRequested) LogUnexpected(logger, exception, httpContext.Request.Path);
            result = Problems.Of(500, "internal-error", "Something went wrong on our side.", "The failure has been logged.");
        }
        await result.ExecuteAsync(httpContext);
        return true;
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Busy(HttpContext httpContext)
    {
        httpContext.Response.Headers.RetryAfter = "1";
        return Problems.Of(503, "storage-busy", "Storage is busy.", "The database is busy with other writes; retry shortly.");
    }

    // A key or reference that the request's own checks found free or present, taken or removed by another request before the
    // write: the write is undone, and the caller reads again and retries. Logged, since a check that missed it is a defect.
    private Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Collided(SqliteException constraint, string path)
    {
        LogCollision(logger, constraint.Message, path);
        return Problems.Of(409, "write-collision", "The write collided with another.",
            "Another request changed what this write depends on at the same moment, so nothing was written; read again and retry.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A write on {Path} was undone by a constraint: {Constraint}")]
    private static partial void LogCollision(ILogger logger, string constraint, string path);

    [GeneratedRegex("^Failed to bind parameter \"(?<type>[^\"]*) (?<name>[^\" ]+)\" from ", RegexOptions.CultureInvariant)]
    private static partial Regex UnboundParameter();

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure on {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string path);
}
