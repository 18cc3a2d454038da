using Cms.Domain.Access;
using Cms.Domain.Articles;
using Cms.Domain.Articles.Body;

namespace Cms.Domain.Exchange;

/// <summary>
/// Article lines whose teasers name an article the file brings later. An export puts every teaser's target first, except
/// where teasers form a cycle (an article pointing at a newer one that points back): such lines wait until the file is
/// read, then are written in the order their targets allow; a cycle is opened by writing its first article without the
/// teasers that point into it, then again whole.
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

    private async IAsyncEnumerable<IReadOnlyList<LineResult>> LaterAsync(List<ImportLine> later, ImportLedger? dryRunLedger, Caller caller,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var opened = new Dictionary<int, LineOutcome>();
        while (later.Count > 0)
        {
            var results = await OnceAsync(later, dryRunLedger, caller, cancellationToken);
            var waiting = new List<ImportLine>();
            var answered = Hold(later, results, waiting);
            if (answered.Count > 0)
                yield return answered.Select(result => opened.GetValueOrDefault(result.Line) == LineOutcome.Created && result.Outcome == LineOutcome.Updated
                    ? result with { Outcome = LineOutcome.Created }
                    : result).ToList();
            if (waiting.Count < later.Count)
            {
                later = waiting;
                continue;
            }
            var slugs = waiting.Select(line => Draft(line).Slug).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
            var first = waiting.Find(line => !opened.ContainsKey(line.Number) && ArticleBody.Parse(Draft(line).Body).ReadAlsoKeys.Any(slugs.Contains));
            if (first is null)
            {
                yield return results.Where(result => waiting.Any(line => line.Number == result.Line)).ToList();
                yield break;
            }
            // Without the teasers into the cycle; a draft when nothing else of the body is left to publish.
            var record = (ArticleRecord)first.Record!;
            var body = ArticleBody.Parse(record.Draft.Body).Without(slugs);
            var opening = first with
            {
                Record = record with
                {
                    Draft = record.Draft with { Body = body },
                    Publication = string.IsNullOrWhiteSpace(body) ? new Publication(ArticleStatus.Draft, null, null) : record.Publication,
                },
            };
            var openedResult = (await OnceAsync([opening], dryRunLedger, caller, cancellationToken))[0];
            if (openedResult.Outcome == LineOutcome.Failed)
            {
                yield return [openedResult];
                waiting.Remove(first);
            }
            else
            {
                opened[first.Number] = openedResult.Outcome;
            }
            later = waiting;
        }
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
