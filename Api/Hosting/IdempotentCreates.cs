using System.Security.Cryptography;
using Cms.Domain.Common;
using Microsoft.Net.Http.Headers;

namespace Cms.Api.Hosting;

/// <summary>
/// Makes the endpoints that create honour <c>Idempotency-Key</c>: the first request with a key runs and, when it succeeds, its
/// answer is kept a day; a retry with the same key and body gets that answer again, marked <c>Idempotent-Replayed</c>, and
/// writes nothing. The same key with another body is a 422, and while the first request runs a 409. A refused or failed
/// request lets its key go, so a corrected retry runs. It runs after authorization, and a key is kept per API key, so an
/// answer is given again only to the key that first got it.
/// </summary>
public sealed class IdempotentCreates(RequestDelegate next, ICreateReceipts receipts, IClock clock)
{
    private static readonly string[] KeptHeaders = [HeaderNames.ContentType, HeaderNames.Location, HeaderNames.ETag];

    /// <summary>Runs the create, or answers for the key it brings.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<Marker>() is null
            || !context.Request.Headers.TryGetValue(IdempotencyKeys.Header, out var sent))
        {
            await next(context);
            return;
        }
        if (IdempotencyKeys.Check(sent) is { } badKey)
        {
            await Problems.For(badKey).ExecuteAsync(context);
            return;
        }
        var key = IdempotencyKeys.Scope(context, sent.ToString());
        var bodyHash = await HashBodyAsync(context.Request);
        var receipt = await receipts.ClaimAsync(key, bodyHash, clock.Now, context.RequestAborted);
        switch (receipt.State)
        {
            case ReceiptState.Busy:
                await Problems.For(IdempotencyKeys.InProgress(context, "A request")).ExecuteAsync(context);
                return;
            case ReceiptState.Finished or ReceiptState.Lost when receipt.BodyHash != bodyHash:
                await Problems.For(IdempotencyKeys.Reused).ExecuteAsync(context);
                return;
            case ReceiptState.Finished:
                await ReplayAsync(context.Response, receipt.Answer!, context.RequestAborted);
                return;
            case ReceiptState.Lost:
                await Problems.For(IdempotencyKeys.AnswerLost).ExecuteAsync(context);
                return;
        }
        await RunAsync(context, key);
    }

    /// <summary>Marks an endpoint that creates, so that it honours <c>Idempotency-Key</c>.</summary>
    public sealed class Marker
    {
        private Marker()
        {
        }

        /// <summary>The marker.</summary>
        public static Marker Instance { get; } = new();
    }

    private async Task RunAsync(HttpContext context, string key)
    {
        var response = context.Response;
        var original = response.Body;
        using var answer = new PooledBuffer();
        response.Body = answer;
        var kept = false;
        try
        {
            using (receipts.MarkWrites(key)) await next(context);
            if (response.StatusCode is >= 200 and < 300)
            {
                // Kept before the client sees the answer, so that a retry sent on seeing it finds it.
                await receipts.FinishAsync(key, new CreateAnswer(response.StatusCode,
                    KeptHeaders.Where(response.Headers.ContainsKey).ToDictionary(name => name, name => response.Headers[name].ToString()),
                    answer.Written.ToArray()), CancellationToken.None);
                kept = true;
            }
        }
        finally
        {
            response.Body = original;
            if (!kept) await receipts.ReleaseAsync(key, CancellationToken.None);
        }
        if (answer.Length > 0) await original.WriteAsync(answer.Written, context.RequestAborted);
    }

    private static async Task ReplayAsync(HttpResponse response, CreateAnswer answer, CancellationToken cancellationToken)
    {
        response.StatusCode = answer.Status;
        foreach (var (name, value) in answer.Headers) response.Headers[name] = value;
        response.Headers[IdempotencyKeys.ReplayedHeader] = "true";
        response.ContentLength = answer.Body.Length;
        await response.Body.WriteAsync(answer.Body, cancellationToken);
    }

    // The raw bytes are hashed, then read again by the endpoint.
    private static async Task<string> HashBodyAsync(HttpRequest request)
    {
        request.EnableBuffering();
        var hash = await SHA256.HashDataAsync(request.Body, request.HttpContext.RequestAborted);
        request.Body.Position = 0;
        return Convert.ToHexStringLower(hash);
    }
}

/// <summary>Declares that an endpoint honours <c>Idempotency-Key</c>.</summary>
public static class IdempotentCreate
{
    /// <summary>The header as the document describes it.</summary>
    public const string Description = "Makes a retried create harmless: the same key and body, from the same API key, get the first " +
        "answer back, marked `Idempotent-Replayed: true`, and write nothing; the same key with another body is a 422, and while the " +
        "first request runs a 409. Only a successful answer is kept, for a day; a refused one lets the key go. If the service stopped " +
        "after the create was made but before its answer was kept, a retry is a 409 `idempotency-key-answer-lost` and makes nothing. " +
        "At most 200 visible ASCII characters.";

    /// <summary>Makes a create endpoint honour <c>Idempotency-Key</c>: see <see cref="IdempotentCreates"/>.</summary>
    public static RouteHandlerBuilder WithIdempotencyKey(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(IdempotentCreates.Marker.Instance);

    /// <summary>True when the endpoint honours <c>Idempotency-Key</c>.</summary>
    public static bool Marks(IEnumerable<object> metadata) => metadata.OfType<IdempotentCreates.Marker>().Any();
}
