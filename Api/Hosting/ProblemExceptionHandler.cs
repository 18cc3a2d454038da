using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Cms.Api.Hosting;

/// <summary>Turns the few failures that arrive as exceptions into problem answers; anything unexpected is logged once.</summary>
public sealed partial class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var result = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => Problems.UnreadableJson(json),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Problems.Of(413, "body-too-large",
                "The request body is too large.", "The request body is larger than the API accepts."),
            BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } => UnsupportedMediaType(httpContext),
            BadHttpRequestException bad when bad.Message.Contains("body was not provided", StringComparison.Ordinal) =>
                Problems.Invalid("$", "a JSON request body is required"),
            BadHttpRequestException bad => Problems.Of(bad.StatusCode, "bad-request", "The request could not be read.", bad.Message),
            SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked } => Busy(httpContext),
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

    /// <summary>The 415 answer naming the media types accepted.</summary>
    public static IResult UnsupportedMediaType(HttpContext httpContext) =>
        Problems.Of(415, "unsupported-media-type", "Unsupported media type.",
            $"The body must be sent as {(HttpMethods.IsPatch(httpContext.Request.Method) ? "application/merge-patch+json" : "application/json")}.");

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Busy(HttpContext httpContext)
    {
        httpContext.Response.Headers.RetryAfter = "1";
        return Problems.Of(503, "storage-busy", "Storage is busy.", "The database is busy with other writes; retry shortly.");
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure on {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string path);
}
