using System.Collections.Concurrent;
using System.Data.Common;
using Cms.Domain.Common;

namespace Cms.Infrastructure.Database;

/// <summary>
/// Writes queued at the same moment share one transaction and one commit. Each runs under its own savepoint, so a
/// refusal or an exception undoes its own work only; the others commit together, and every caller hears back once
/// that commit is done (or failed, which fails them all). One writer at a time drains the queue.
/// </summary>
internal sealed class GroupCommit(ISqlDialect dialect)
{
    private const int MostPerCommit = 64;
    private const string Savepoint = "queued_write";

    private readonly ConcurrentQueue<Queued> queue = new();
    private int draining;

    /// <summary>Queues the work and waits until it is committed or refused.</summary>
    public async Task<Failure?> WriteAsync(Func<DbConnection, DbTransaction, Task<Failure?>> work, CancellationToken cancellationToken)
    {
        var queued = new Queued(work, cancellationToken);
        queue.Enqueue(queued);
        if (Interlocked.CompareExchange(ref draining, 1, 0) == 0) _ = Task.Run(DrainAsync, CancellationToken.None);
        return await queued.Outcome.Task;
    }

    private async Task DrainAsync()
    {
        do
        {
            while (!queue.IsEmpty) await CommitNextAsync();
            Volatile.Write(ref draining, 0);
        }
        while (!queue.IsEmpty && Interlocked.CompareExchange(ref draining, 1, 0) == 0);
    }

    private async Task CommitNextAsync()
    {
        var written = new List<Queued>();
        Queued? current = null;
        try
        {
            await using var connection = await dialect.OpenAsync(CancellationToken.None);
            await using var write = await dialect.BeginWriteAsync(connection, CancellationToken.None);
            var transaction = write.Transaction;
            while (written.Count < MostPerCommit && queue.TryDequeue(out current))
            {
                var next = current;
                if (next.Cancellation.IsCancellationRequested)
                {
                    next.Outcome.TrySetCanceled(next.Cancellation);
                    continue;
                }
                await transaction.SaveAsync(Savepoint);
                try
                {
                    if (await next.Work(connection, transaction) is { } refused)
                    {
                        await transaction.RollbackAsync(Savepoint);
                        next.Outcome.TrySetResult(refused);
                    }
                    else
                    {
                        written.Add(next);
                    }
                }
                catch (Exception e)
                {
                    next.Outcome.TrySetException(e);
                    await transaction.RollbackAsync(Savepoint);
                }
                await transaction.ReleaseAsync(Savepoint);
                current = null;
            }
            await transaction.CommitAsync(CancellationToken.None);
        }
        catch (Exception e)
        {
            foreach (var queued in written) queued.Outcome.TrySetException(e);
            current?.Outcome.TrySetException(e);
            // A write that could not even begin fails the first in the queue, so the queue still moves.
            if (written.Count == 0 && current is null && queue.TryDequeue(out var first)) first.Outcome.TrySetException(e);
            return;
        }
        foreach (var queued in written) queued.Outcome.TrySetResult(null);
    }

    private sealed record Queued(Func<DbConnection, DbTransaction, Task<Failure?>> Work, CancellationToken Cancellation)
    {
        public TaskCompletionSource<Failure?> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
