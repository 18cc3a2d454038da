using System.Data.Common;
using System.IO.Pipelines;
using System.Security.Cryptography;
using System.Text;
using Cms.Api.Auth;
using Cms.Api.Hosting;
using Cms.Domain.Common;
using Cms.Domain.Exchange;

namespace Cms.Api.Exchange;

/// <summary>
/// One NDJSON import over HTTP: streams the answer batch by batch and, under an <c>Idempotency-Key</c>, keeps it with the
/// body's hash so a retry gets the same answer and writes nothing.
/// </summary>
public sealed partial class ImportRun(ImportDesk desk, LineReader reader, BodySizeLimit.Settings limits, IImportReceipts receipts, IClock clock,
    ILogger<ImportRun> logger)
{
    /// <summary>Runs the import, or replays the answer kept for the key; a problem when the key cannot be used.</summary>
    public async Task<Failure?> RunAsync(HttpContext context, ImportOptions options, string? key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (key is null)
        {
            await StreamAsync(context, options, context.Request.Body, null, cancellationToken);
            return null;
        }
        if (IdempotencyKeys.Check(context.Request.Headers[IdempotencyKeys.Header]) is { } badKey) return badKey;
        var scoped = IdempotencyKeys.Scope(context, key);
        var claim = await receipts.ClaimAsync(scoped, clock.Now, cancellationToken);
        switch (claim.State)
        {
            case ReceiptState.Busy:
                return IdempotencyKeys.InProgress(context, "An import");
            case ReceiptState.Finished when await HashAsync(context.Request.Body, cancellationToken) != claim.BodyHash:
                return IdempotencyKeys.Reused;
            case ReceiptState.Finished:
                context.Response.ContentType = ExchangeJson.MediaType;
                context.Response.Headers[IdempotencyKeys.ReplayedHeader] = "true";
                await foreach (var part in receipts.AnswerAsync(scoped, cancellationToken)) await context.Response.WriteAsync(part, cancellationToken);
                return null;
        }
        var finished = false;
        try
        {
            using var hashing = new HashingStream(context.Request.Body);
            var kept = 0;
            await StreamAsync(context, options, hashing, part => receipts.KeepAsync(scoped, kept++, part, cancellationToken), cancellationToken);
            if (hashing.Complete)
            {
                await receipts.FinishAsync(scoped, hashing.Hash, clock.Now, cancellationToken);
                finished = true;
            }
            return null;
        }
        finally
        {
            if (!finished) await receipts.ReleaseAsync(scoped, CancellationToken.None);
        }
    }

    private async Task StreamAsync(HttpContext context, ImportOptions options, Stream body, Func<string, Task>? keep,
        CancellationToken cancellationToken)
    {
        context.Response.ContentType = ExchangeJson.MediaType;
        var tally = new ImportTally();
        string? error = null;
        var lines = NdjsonLines.ReadAsync(PipeReader.Create(body, new StreamPipeReaderOptions(leaveOpen: true)), reader, limits.MaxBytes, cancellationToken,
            TimeSpan.FromSeconds(limits.BulkIdleSeconds));
        try
        {
            await foreach (var batch in desk.RunAsync(lines, options, Callers.Required(context.User), cancellationToken))
            {
                foreach (var result in batch) tally.Count(result);
                await AnswerAsync(context, NdjsonWriter.Render(batch.Select(result => ImportResultLine.From(result))), keep, cancellationToken);
            }
        }
        // Once the answer has begun, a failure is told in the summary; every batch answered before it stands.
        catch (DbException e)
        {
            LogStopped(logger, e, tally.Lines);
            error = "The database refused a batch (it may be busy); the lines answered above stand. Send the file again to finish it.";
        }
        catch (TimeoutException e)
        {
            error = $"{e.Message.TrimEnd('.')}, so the import stopped; the lines answered above stand, later ones may have been written too. " +
                "Send the file again to finish it: what is written already is unchanged.";
        }
        catch (Exception e) when (context.Response.HasStarted && e is not OperationCanceledException)
        {
            LogStopped(logger, e, tally.Lines);
            error = "An unexpected failure stopped the import; it has been logged. The lines answered above stand. Send the file again to finish it.";
        }
        await AnswerAsync(context, NdjsonWriter.Render([new ImportSummaryLine(ImportSummary.Of(tally, options.DryRun, error))]),
            error is null ? keep : null, cancellationToken);
        if (error is not null && body is HashingStream hashing) hashing.Abandon();
    }

    private static async Task AnswerAsync(HttpContext context, string part, Func<string, Task>? keep, CancellationToken cancellationToken)
    {
        if (keep is not null) await keep(part);
        await context.Response.WriteAsync(part, cancellationToken);
        await context.Response.Body.FlushAsync(cancellationToken);
    }

    private static async Task<string> HashAsync(Stream body, CancellationToken cancellationToken) =>
        Convert.ToHexStringLower(await SHA256.HashDataAsync(body, cancellationToken));

    [LoggerMessage(Level = LogLevel.Error, Message = "An import stopped after {Lines} lines")]
    private static partial void LogStopped(ILogger logger, Exception exception, int lines);

    /// <summary>Reads a body through, hashing what passes; complete once the end is reached.</summary>
    private sealed class HashingStream(Stream inner) : Stream
    {
        private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private bool abandoned;

        public bool Complete { get; private set; }

        public string Hash => Convert.ToHexStringLower(hash.GetCurrentHash());

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public void Abandon() => abandoned = true;

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await inner.ReadAsync(buffer, cancellationToken);
            hash.AppendData(buffer.Span[..read]);
            Complete = read == 0 && !abandoned;
            return read;
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) hash.Dispose();
            base.Dispose(disposing);
        }
    }
}
