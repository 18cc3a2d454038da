using System.Runtime.CompilerServices;
using Cms.Domain.Access;
using Cms.Domain.Articles;
using Cms.Domain.Articles.Body;
using Cms.Domain.Common;

namespace Cms.Domain.Exchange;

/// <summary>
/// The one way records are imported in bulk, whether an NDJSON upload or a folder of Markdown files: lines are taken in
/// batches, each batch planned against what is stored and written in one transaction, and every line answered.
/// </summary>
public sealed class ImportDesk(IImportStore store, ImportStores stores, ArticleLinks links, IClock clock)
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
        var ledger = new ImportLedger();
        var batch = new List<ImportLine>(options.BatchSize);
        await foreach (var line in lines.WithCancellation(cancellationToken))
        {
            batch.Add(line);
            if (batch.Count < options.BatchSize) continue;
            yield return await RunBatchAsync(batch, ledger, options.DryRun, caller, cancellationToken);
            batch.Clear();
        }
        if (batch.Count > 0) yield return await RunBatchAsync(batch, ledger, options.DryRun, caller, cancellationToken);
    }

    private async Task<IReadOnlyList<LineResult>> RunBatchAsync(List<ImportLine> lines, ImportLedger ledger, bool dryRun, Caller caller,
        CancellationToken cancellationToken)
    {
        var bodies = new ArticleBody?[lines.Count];
        Parallel.For(0, lines.Count, i => bodies[i] = lines[i].Record is ArticleRecord article ? ArticleBody.Parse(article.Draft.Body) : null);
        var keys = BatchKeys.Of(lines, bodies);
        var matches = await store.FindAsync(keys, cancellationToken);
        var (results, writes) = await new BatchPlanner(ledger, keys, matches, stores, links, caller, clock.Now).PlanAsync(lines, bodies, cancellationToken);
        if (dryRun)
        {
            ledger.Lighten();
            return results;
        }
        ledger.Clear();
        if (writes.Count == 0) return results;
        var refused = await store.CommitAsync(writes, cancellationToken);
        if (refused is null) return results;
        if (lines.Count == 1) return [LineResult.Failed(lines[0].Number, lines[0].Record?.Kind ?? lines[0].Kind, refused)];

        // The store refused the batch (a slug or a version changed since it was planned): nothing of it was written.
        // Each line again on its own, so that only the line at fault fails.
        var alone = new List<LineResult>(lines.Count);
        foreach (var line in lines) alone.AddRange(await RunBatchAsync([line], ledger, dryRun, caller, cancellationToken));
        return alone;
    }
}
