using Cms.Domain.Webhooks;

namespace Cms.Domain.Common;

/// <summary>A stored author or tag: its identity, slug, details and change count.</summary>
public sealed record Listed<TDetails>(Guid Id, string Slug, TDetails Details, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int Version)
    where TDetails : class
{
    /// <summary>How many published articles name it, as last read from storage.</summary>
    public int PublishedArticles { get; init; }
}

/// <summary>Where authors or tags are kept.</summary>
public interface IListingStore<TDetails> where TDetails : class
{
    /// <summary>The record with this id or slug.</summary>
    Task<Listed<TDetails>?> FindAsync(string key, CancellationToken cancellationToken);

    /// <summary>True when another record than <paramref name="except"/> already has the slug.</summary>
    Task<bool> SlugTakenAsync(string slug, Guid? except, CancellationToken cancellationToken);

    /// <summary>The ids of the records named by these ids or slugs; unknown keys are absent.</summary>
    Task<IReadOnlyDictionary<string, Guid>> FindIdsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Stores a new record and its event; a conflict when its slug is taken.</summary>
    Task<Failure?> InsertAsync(Listed<TDetails> record, NewsroomEvent change, CancellationToken cancellationToken);

    /// <summary>Stores a changed record and its event if it is still at <paramref name="loadedVersion"/>.</summary>
    Task<Failure?> UpdateAsync(Listed<TDetails> record, int loadedVersion, NewsroomEvent change, CancellationToken cancellationToken);

    /// <summary>Removes a record, recording its event, if it is still at <paramref name="loadedVersion"/>, or says why it must stay.</summary>
    Task<Failure?> DeleteAsync(Guid id, int loadedVersion, NewsroomEvent change, CancellationToken cancellationToken);
}

/// <summary>Reads authors or tags for answers.</summary>
public interface IListingCatalog<TDetails> where TDetails : class
{
    /// <summary>A page of records ordered by name; internal ones only for the newsroom.</summary>
    Task<Page<Listed<TDetails>>> ListAsync(PageRequest page, Audience audience, CancellationToken cancellationToken);
}
