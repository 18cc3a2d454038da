using System.Collections.Concurrent;
using Cms.Domain.Common;

namespace Cms.Infrastructure.Database;

/// <summary>
/// Writes queued at the same moment share one transaction, one set of prepared statements and one commit. A refusal or
/// an exception undoes its own work only: the batch is then run again with each write under its own savepoint, and the
/// others commit together. Every caller hears back once that commit is done (or failed, which fails them all). One
/// writer at a time drains the queue.
/// </summary>
internal sealed class GroupCommit(ISqlDialect dialect)
{
    private const int MostPerCommit = 64;
    private const string Savepoint = "queued_write";

    private readonly ConcurrentQueue<Queued> queue = new();
    private int draining;

    /// <summary>Queues the work and waits until it is committed or refused.</summary>
    public async Task<Failure?> WriteAsync(Func<PreparedStatements, Task<Failure?>> work, CancellationToken cancellationToken)
    {
        var queued = new Queued(work, cancellationToken);
        queue.Enqueue(queued);
        if (Interlocked.CompareExchange(ref draining, 1, 0) == 0) _ = Task.Run(DrainAsync, CancellationToken.None);
        return await queued.Outcome.Task;
    }

    private async Task DrainAsync()
    {
        // Each queued write marks its own create's receipt, never that of the request that happened to start the drain.
        ReceiptMark.Current = null;
        do
        {
            while (!queue.IsEmpty) await CommitNextAsync();
            Volatile.Write(ref draining, 0);
        }
        while (!queue.IsEmpty && Interlocked.CompareExchange(ref draining, 1, 0) == 0);
    }

    private async Task CommitNextAsync()
    {
        var batch = new List<Queued>();
        List<Queued> written;
        try
        {
            written = await CommitTogetherAsync(batch) ?? await CommitEachAloneAsync(batch);
        }
        catch (Exception e)
        {
            foreach (var queued in batch) queued.Outcome.TrySetException(e);
            // A write that could not even begin fails the first in the queue, so the queue still moves.
            if (batch.Count == 0 && queue.TryDequeue(out var first)) first.Outcome.TrySetException(e);
            return;
        }
        foreach (var queued in written) queued.Outcome.TrySetResult(null);
    }

    // Most batches refuse nothing, so they run without savepoints: at each savepoint the full-text index writes out what it
    // holds, which made every write's entry a segment of its own instead of one for the batch. A refusal or an exception
    // undoes the whole batch (null), which then runs again with each write under its own savepoint.
    private async Task<List<Queued>?> CommitTogetherAsync(List<Queued> batch)
    {
        await using var connection = await dialect.OpenAsync(CancellationToken.None);
        await using var write = await dialect.BeginWriteAsync(connection, CancellationToken.None);
        using var statements = new PreparedStatements(connection, write.Transaction);
        while (batch.Count < MostPerCommit && queue.TryDequeue(out var next))
        {
            if (next.Cancellation.IsCancellationRequested)
            {
                next.Outcome.TrySetCanceled(next.Cancellation);
                continue;
            }
            batch.Add(next);
            try
            {
                if (await next.Work(statements) is not null) return null;
                next.MarkReceipt(statements);
            }
            catch (Exception)
            {
                return null;
            }
        }
        statements.Finish();
        await write.Transaction.CommitAsync(CancellationToken.None);
        return batch;
    }

    private async Task<List<Queued>> CommitEachAloneAsync(List<Queued> batch)
    {
        var written = new List<Queued>();
        await using var connection = await dialect.OpenAsync(CancellationToken.None);
        await using var write = await dialect.BeginWriteAsync(connection, CancellationToken.None);
        var transaction = write.Transaction;
        using var statements = new PreparedStatements(connection, transaction);
        foreach (var next in batch)
        {
            var queued = statements.Queued();
            await transaction.SaveAsync(Savepoint);
            try
            {
                if (await next.Work(statements) is { } refused)
                {
                    await transaction.RollbackAsync(Savepoint);
                    statements.RollBackTo(queued);
                    next.Outcome.TrySetResult(refused);
                }
                else
                {
                    next.MarkReceipt(statements);
                    written.Add(next);
                }
            }
            catch (Exception e)
            {
                next.Outcome.TrySetException(e);
                await transaction.RollbackAsync(Savepoint);
                statements.RollBackTo(queued);
            }
            await transaction.ReleaseAsync(Savepoint);
        }
        statements.Finish();
        await transaction.CommitAsync(CancellationToken.None);
        return written;
    }

    private sealed record Queued(Func<PreparedStatements, Task<Failure?>> Work, CancellationToken Cancellation)
    {
        private readonly string? receipt = ReceiptMark.Current;

        public TaskCompletionSource<Failure?> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void MarkReceipt(PreparedStatements statements)
        {
            if (receipt is not null) ReceiptMark.Mark(statements.Connection, statements.Transaction, receipt);
        }
    }
}
