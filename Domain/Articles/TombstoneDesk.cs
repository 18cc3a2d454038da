using Cms.Domain.Common;

namespace Cms.Domain.Articles;

/// <summary>The one way tombstones are purged.</summary>
public sealed class TombstoneDesk(IArticleTombstones tombstones)
{
    /// <summary>
    /// How the list of tombstones is named to a precondition and in its ETag. A tombstone has no read of its own, so a purge
    /// is guarded by the version of the list, which every tombstone left or purged moves on.
    /// </summary>
    public const string Resource = "article-tombstones";

    /// <summary>The refusal when the list changed since the ETag the caller gave.</summary>
    public static readonly Failure Stale = Failure.Stale("list of tombstones");

    /// <summary>Removes a tombstone for good, guarded by the version of the list the caller last saw when it gives one.</summary>
    public Task<Failure?> PurgeAsync(Guid id, Precondition precondition, CancellationToken cancellationToken) =>
        precondition.RunAsync(Resource, async () =>
        {
            if (await tombstones.VersionHoldingAsync(id, cancellationToken) is not { } version) return Failure.NotFoundById("article tombstone", id);
            if (!precondition.Admits(Resource, version)) return Stale;
            return await tombstones.PurgeAsync(id, version, cancellationToken);
        }, cancellationToken);
}
