using Cms.Domain.Access;
using Cms.Domain.Articles;
using Cms.Domain.Articles.Body;

namespace Cms.Domain.Exchange;

/// <summary>
/// Article lines whose teasers name an article the file brings later. An export puts every teaser's target first, except
/// where teasers form a cycle (an article pointing at a newer one that points back): such lines wait until the file is
/// read, then are written in the order their targets allow (<see cref="TeaserOrder"/>); a cycle is opened by writing one
/// of its articles without the teasers that point into it, then again whole.
/// </summary>
public sealed partial class ImportDesk
{
    // The results of a batch but for the lines kept for later, which join <paramref name="later"/>.
    private static IReadOnlyList<LineResult> Hold(List<ImportLine> lines, IReadOnlyList<LineResult> results, List<ImportLine> later)
    {
        var waiting = results.Where(result => ArticlePreparation.NamesUnknownTeaser(result.Problem)).Select(result => result.Line).ToHashSet();
        if (waiting.Count == 0) return results;
        later.AddRange(lines.Where(line => waiting.Contains(line.Number)));
        return results.Where(result => !waiting.Contains(result.Line)).ToList();
    }

    // The held lines, in the order their teasers allow (TeaserOrder), a batch at a time: first the lines that open a cycle,
    // without the teasers into it (a draft when nothing else of the body is left to publish), then every line whole. A
    // line whose teaser names an article neither the file nor the store has fails then.
    private async IAsyncEnumerable<IReadOnlyList<LineResult>> LaterAsync(List<ImportLine> later, int batchSize, ImportLedger? dryRunLedger,
        Caller caller, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (later.Count == 0) yield break;
        var bodies = later.Select(line => ArticleBody.Parse(Draft(line).Body)).ToList();
        var (order, openers) = TeaserOrder.Of(later.Select((line, i) => (Draft(line).Slug, bodies[i].ReadAlsoKeys)).ToList());
        var slugs = later.Select(line => Draft(line).Slug).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var opened = new Dictionary<int, LineOutcome>();
        foreach (var batch in openers.Chunk(batchSize))
        {
            var results = await OnceAsync(batch.Select(i => Opening(later[i], bodies[i], slugs)).ToList(), dryRunLedger, caller, cancellationToken);
            foreach (var result in results) opened[result.Line] = result.Outcome;
            var failed = results.Where(result => result.Outcome == LineOutcome.Failed).ToList();
            if (failed.Count > 0) yield return failed;
        }
        var whole = order.Select(i => later[i]).Where(line => opened.GetValueOrDefault(line.Number) != LineOutcome.Failed).ToList();
        foreach (var batch in whole.Chunk(batchSize))
        {
            var results = await OnceAsync([.. batch], dryRunLedger, caller, cancellationToken);
            yield return results.Select(result => opened.GetValueOrDefault(result.Line) == LineOutcome.Created && result.Outcome == LineOutcome.Updated
                ? result with { Outcome = LineOutcome.Created }
                : result).ToList();
        }
    }

    private static ImportLine Opening(ImportLine line, ArticleBody body, IReadOnlySet<string> slugs)
    {
        var record = (ArticleRecord)line.Record!;
        var opening = body.Without(slugs);
        return line with
        {
            Record = record with
            {
                Draft = record.Draft with { Body = opening },
                Publication = string.IsNullOrWhiteSpace(opening) ? new Publication(ArticleStatus.Draft, null, null) : record.Publication,
            },
        };
    }

    private static ArticleDraft Draft(ImportLine line) => ((ArticleRecord)line.Record!).Draft;

    private async Task<IReadOnlyList<LineResult>> OnceAsync(List<ImportLine> lines, ImportLedger? dryRunLedger, Caller caller,
        CancellationToken cancellationToken)
    {
        if (dryRunLedger is not null) return (await PlanAsync(lines, dryRunLedger, caller, cancellationToken)).Results;
        var ledger = new ImportLedger();
        var (planned, ready) = await PrepareAsync(lines, ledger, caller, cancellationToken);
        return (await new Committing(lines, ledger, planned, CommitAsync(ready, cancellationToken)).FinishAsync(this, caller, cancellationToken)).Results;
    }
}
