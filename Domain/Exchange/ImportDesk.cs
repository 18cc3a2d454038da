using System.Runtime.CompilerServices;
using Cms.Domain.Access;
using Cms.Domain.Articles;
using Cms.Domain.Articles.Body;
using Cms.Domain.Common;

namespace Cms.Domain.Exchange;

/// <summary>
/// The one way records are imported in bulk, whether an NDJSON upload or a folder of Markdown files: lines are taken in
/// batches, each batch planned against what is stored and written in one transaction, and every line answered. A batch is
/// planned while the one before it commits, over that batch's records as planned.
/// </summary>
public sealed partial class ImportDesk(IImportStore store, ImportStores stores, ArticleLinks links, IClock clock)
{
    /// <summary>
    /// Imports the lines as <paramref name="caller"/> (who the revisions name); yields each batch's results, in line order, once the
    /// batch is committed.
    /// </summary>
    public async IAsyncEnumerable<IReadOnlyList<LineResult>> RunAsync(IAsyncEnumerable<ImportLine> lines, ImportOptions options, Caller caller,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(options);
        var dryRunLedger = new ImportLedger();
        var later = new List<ImportLine>();
        Committing? committing = null;
        try
        {
            await foreach (var batch in BatchesAsync(lines, options.BatchSize, cancellationToken))
            {
                if (options.DryRun)
                {
                    var (results, _) = await PlanAsync(batch, dryRunLedger, caller, cancellationToken);
                    dryRunLedger.Lighten();
                    yield return Hold(batch, results, later);
                    continue;
                }
                var ledger = new ImportLedger(committing?.Ledger);
                var (planned, ready) = await PrepareAsync(batch, ledger, caller, cancellationToken);
                IReadOnlyList<LineResult>? finished = null;
                if (committing is not null)
                {
                    (finished, var asPlanned) = await committing.FinishAsync(this, caller, cancellationToken);
                    ledger.ForgetEarlier();
                    // The batch before was written line by line: this one is planned again against what it left.
                    if (!asPlanned) (planned, ready) = await PrepareAsync(batch, ledger = new ImportLedger(), caller, cancellationToken);
                }
                // This batch starts committing before the one before it is answered.
                var before = committing?.Lines;
                committing = new Committing(batch, ledger, planned, CommitAsync(ready, cancellationToken));
                if (finished is not null) yield return Hold(before!, finished, later);
            }
            if (committing is not null)
            {
                var (results, _) = await committing.FinishAsync(this, caller, cancellationToken);
                var last = committing.Lines;
                committing = null;
                yield return Hold(last, results, later);
            }
            await foreach (var results in LaterAsync(later, options.BatchSize, options.DryRun ? dryRunLedger : null, caller, cancellationToken)) yield return results;
            if (!options.DryRun) await store.SettleAsync(cancellationToken);
        }
        finally
        {
            // A failure while the next batch was planned still lets the batch under way finish, committed or not.
            if (committing is not null) await committing.Writing.ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private static async IAsyncEnumerable<List<ImportLine>> BatchesAsync(IAsyncEnumerable<ImportLine> lines, int size,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var batch = new List<ImportLine>(size);
        await foreach (var line in lines.WithCancellation(cancellationToken))
        {
            batch.Add(line);
            if (batch.Count < size) continue;
            yield return batch;
            batch = new List<ImportLine>(size);
        }
        if (batch.Count > 0) yield return batch;
    }

    private async Task<(IReadOnlyList<LineResult> Results, IReadOnlyList<ImportWrite> Writes)> PlanAsync(List<ImportLine> lines, ImportLedger ledger,
        Caller caller, CancellationToken cancellationToken)
    {
        var bodies = new ArticleBody?[lines.Count];
        Parallel.For(0, lines.Count, ImportOptions.Planning, i => bodies[i] = lines[i].Record is ArticleRecord article ? ArticleBody.Parse(article.Draft.Body) : null);
        var keys = BatchKeys.Of(lines, bodies);
        var matches = await store.FindAsync(keys, cancellationToken);
        return await new BatchPlanner(ledger, keys, matches, stores, links, caller, clock.Now).PlanAsync(lines, bodies, cancellationToken);
    }

    private async Task<(IReadOnlyList<LineResult> Results, PreparedWrites Ready)> PrepareAsync(List<ImportLine> lines, ImportLedger ledger,
        Caller caller, CancellationToken cancellationToken)
    {
        var (results, writes) = await PlanAsync(lines, ledger, caller, cancellationToken);
        return (results, store.Prepare(writes));
    }

    private Task<Failure?> CommitAsync(PreparedWrites ready, CancellationToken cancellationToken) =>
        ready.Writes.Count == 0 ? Task.FromResult<Failure?>(null) : store.CommitAsync(ready, cancellationToken);

    // One line at a time, each planned against what the lines before it committed: after the store refused a whole batch
    // (a slug or a version changed since it was planned), only the line at fault fails.
    private async Task<IReadOnlyList<LineResult>> OneByOneAsync(List<ImportLine> lines, Caller caller, CancellationToken cancellationToken)
    {
        var results = new List<LineResult>(lines.Count);
        foreach (var line in lines)
        {
            var (planned, ready) = await PrepareAsync([line], new ImportLedger(), caller, cancellationToken);
            var refused = await CommitAsync(ready, cancellationToken);
            results.AddRange(refused is null ? planned : [LineResult.Failed(line.Number, line.Record?.Kind ?? line.Kind, refused)]);
        }
        return results;
    }

    /// <summary>A planned batch whose writes are being committed.</summary>
    private sealed record Committing(List<ImportLine> Lines, ImportLedger Ledger, IReadOnlyList<LineResult> Planned, Task<Failure?> Writing)
    {
        /// <summary>The batch's results once committed, and whether it was written as planned.</summary>
        public async Task<(IReadOnlyList<LineResult> Results, bool AsPlanned)> FinishAsync(ImportDesk desk, Caller caller,
            CancellationToken cancellationToken)
        {
            if (await Writing is not { } refused) return (Planned, true);
            if (Lines.Count == 1) return ([LineResult.Failed(Lines[0].Number, Lines[0].Record?.Kind ?? Lines[0].Kind, refused)], false);
            return (await desk.OneByOneAsync(Lines, caller, cancellationToken), false);
        }
    }
}
