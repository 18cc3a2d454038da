using System.Runtime.CompilerServices;
using Cms.Domain.Exchange;
using Cms.Infrastructure.Articles;
using Cms.Infrastructure.Authors;
using Cms.Infrastructure.Database;
using Cms.Infrastructure.Tags;

namespace Cms.Infrastructure.Exchange;

/// <summary>
/// Streams the newsroom as exchange records in creation order (then slug, so the order survives an import, which keeps both), a
/// page of articles at a time. An article whose teaser points at
/// a later article is preceded by that article, so that importing the export in order always finds the target.
/// Everything is read in one read transaction on one connection, so an export is the newsroom as of one moment: an author,
/// tag or article written while it runs is in none of its lines, and every author and tag an article names is in the file.
/// </summary>
public sealed class SqliteExportSource(ISqlDialect dialect, SqliteAuthorStore authors, SqliteTagStore tags, NameDirectory directory) : IExportSource
{
    // Guards the stack against a long chain of teasers pointing forward; past it an article is written where it stands.
    private const int MaxPull = 200;

    /// <inheritdoc />
    public async IAsyncEnumerable<ExchangeRecord> ReadAsync(ExportFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var snapshot = await dialect.BeginSnapshotAsync(connection, cancellationToken);
        if (filter.Authors)
        {
            await foreach (var row in authors.ReadAllAsync(connection, snapshot, filter.UpdatedSince).WithCancellation(cancellationToken))
                yield return new AuthorRecord(row.ExternalId, row.Slug, authors.Listed(row).Details, row.CreatedAt);
        }
        if (filter.Tags)
        {
            await foreach (var row in tags.ReadAllAsync(connection, snapshot, filter.UpdatedSince).WithCancellation(cancellationToken))
                yield return new TagRecord(row.ExternalId, row.Slug, tags.Listed(row).Details, row.CreatedAt);
        }
        if (!filter.Articles) yield break;
        var pages = new ArticlePages(connection, snapshot, filter, directory);
        var order = new TeaserOrder(pages);
        string? after = null;
        while (true)
        {
            var page = await pages.ReadAsync(after, null);
            if (page.Count == 0) yield break;
            foreach (var article in page)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var record in await order.PlaceAsync(article)) yield return record;
            }
            after = page[^1].Position;
        }
    }

    /// <summary>Writes each article after the later articles its teasers point at, each once.</summary>
    private sealed class TeaserOrder(ArticlePages pages)
    {
        private readonly HashSet<string> writtenAhead = new(StringComparer.Ordinal);
        private readonly HashSet<string> placing = new(StringComparer.Ordinal);

        public async Task<List<ExchangeRecord>> PlaceAsync(ExportedArticle article)
        {
            var records = new List<ExchangeRecord>();
            if (writtenAhead.Remove(article.Id)) return records;
            await PlaceAsync(article, article.Position, records);
            return records;
        }

        private async Task PlaceAsync(ExportedArticle article, string cursor, List<ExchangeRecord> records)
        {
            placing.Add(article.Id);
            foreach (var (target, position) in article.TeaserTargets)
            {
                if (string.CompareOrdinal(position, cursor) <= 0 || writtenAhead.Contains(target) || placing.Contains(target)) continue;
                if (placing.Count >= MaxPull) break;
                var ahead = await pages.ReadAsync(null, target);
                if (ahead.Count == 0) continue;
                await PlaceAsync(ahead[0], cursor, records);
                writtenAhead.Add(target);
            }
            placing.Remove(article.Id);
            records.Add(article.Record);
        }
    }
}
