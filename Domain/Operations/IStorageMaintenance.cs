namespace Cms.Domain.Operations;

/// <summary>What operators do to the storage itself: bring its schema up to date, copy it while it serves, count what it holds, merge its search index.</summary>
public interface IStorageMaintenance
{
    /// <summary>Applies the migrations the database lacks; returns how many.</summary>
    Task<int> MigrateAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Copies the live database to <paramref name="path"/> (a new or empty file) without stopping writers, then checks the copy.
    /// </summary>
    Task<BackupReport> BackupAsync(string path, CancellationToken cancellationToken);

    /// <summary>SQLite's integrity and foreign-key checks: <c>ok</c>, or what they found.</summary>
    Task<string> CheckAsync(CancellationToken cancellationToken);

    /// <summary>Counts what the newsroom holds.</summary>
    Task<NewsroomStats> StatsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Merges the search index into one segment, dropping what deleted and edited articles left in it; writes wait while it runs.
    /// </summary>
    Task<SearchIndexMerge> MergeSearchIndexAsync(CancellationToken cancellationToken);
}

/// <summary>What merging the search index did.</summary>
/// <param name="SegmentsBefore">Segments before the merge.</param>
/// <param name="SegmentsAfter">Segments after it: one, or none for an empty index.</param>
public sealed record SearchIndexMerge(int SegmentsBefore, int SegmentsAfter);

/// <summary>What a backup wrote.</summary>
/// <param name="Path">The copy's full path.</param>
/// <param name="Bytes">Its size.</param>
/// <param name="IntegrityCheck">SQLite's integrity check of the copy: <c>ok</c> when sound.</param>
public sealed record BackupReport(string Path, long Bytes, string IntegrityCheck);

/// <summary>What the newsroom holds.</summary>
/// <param name="SchemaVersion">The last migration applied.</param>
/// <param name="ArticlesByStatus">Articles by status.</param>
/// <param name="Authors">Authors.</param>
/// <param name="Tags">Tags.</param>
/// <param name="Webhooks">Webhooks registered.</param>
/// <param name="DeliveriesByState">Webhook deliveries by state.</param>
/// <param name="DatabaseBytes">The database file's size, its write-ahead log included.</param>
public sealed record NewsroomStats(int SchemaVersion, IReadOnlyDictionary<string, long> ArticlesByStatus, long Authors, long Tags, long Webhooks,
    IReadOnlyDictionary<string, long> DeliveriesByState, long DatabaseBytes)
{
    /// <summary>Published articles waiting for the API's typesetter (it runs in the server, not in the command-line tool).</summary>
    public long TypesettingWaiting { get; init; }
}
