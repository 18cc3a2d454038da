using Cms.Domain.Articles;

namespace Cms.Domain.Exchange;

/// <summary>
/// Reads everything, or a filtered set, as exchange records: authors, then tags, then articles, each teaser's target before
/// it. All of them as of one moment, so every author and tag an article names is among the records (unless filtered out).
/// </summary>
public interface IExportSource
{
    /// <summary>The records, streamed.</summary>
    IAsyncEnumerable<ExchangeRecord> ReadAsync(ExportFilter filter, CancellationToken cancellationToken);
}

/// <summary>Which records an export holds.</summary>
/// <param name="Authors">Include authors.</param>
/// <param name="Tags">Include tags.</param>
/// <param name="Articles">Include articles.</param>
/// <param name="Status">Only articles with this status.</param>
/// <param name="UpdatedSince">Only records changed at or after this time.</param>
public sealed record ExportFilter(bool Authors, bool Tags, bool Articles, ArticleStatus? Status, DateTimeOffset? UpdatedSince)
{
    /// <summary>Everything.</summary>
    public static readonly ExportFilter Everything = new(true, true, true, null, null);
}
