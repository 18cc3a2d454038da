using Cms.Domain.Common;

namespace Cms.Domain.Exchange;

/// <summary>
/// A record as an import knows it: id, slug and external id, the record itself when it is at hand (null when only its keys
/// are), and for an article at hand a fingerprint of everything an import can change, made the first time a line is compared
/// with it (most articles an import writes are new and never are).
/// </summary>
internal sealed record Known<T>(Guid Id, string Slug, string? ExternalId, T? Current, Lazy<string>? Fingerprint = null) where T : class;

/// <summary>
/// Records of one kind, found by id, slug or external id; adding a record again replaces its earlier keys. Records held
/// here stand over those of <see cref="Earlier"/> (an earlier batch's, still being committed), which are seen through.
/// </summary>
internal sealed class KnownRecords<T>(KnownRecords<T>? earlier = null) where T : class
{
    private readonly Dictionary<Guid, Known<T>> byId = [];
    private readonly Dictionary<string, Guid> bySlug = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Guid> byExternalId = new(StringComparer.Ordinal);

    /// <summary>The records seen through these, until they are committed and the store holds them.</summary>
    public KnownRecords<T>? Earlier { get; set; } = earlier;

    public IEnumerable<Known<T>> All => byId.Values;

    public void Add(Known<T> known)
    {
        if (byId.TryGetValue(known.Id, out var earlier))
        {
            Forget(bySlug, earlier.Slug, known.Id);
            if (earlier.ExternalId is { } external) Forget(byExternalId, external, known.Id);
        }
        byId[known.Id] = known;
        bySlug[known.Slug] = known.Id;
        if (known.ExternalId is { } externalId) byExternalId[externalId] = known.Id;
    }

    public Known<T>? ById(Guid id) => byId.GetValueOrDefault(id) ?? Earlier?.ById(id);

    public Known<T>? BySlug(string slug) => bySlug.TryGetValue(slug, out var id) ? byId[id] : Unchanged(Earlier?.BySlug(slug));

    public Known<T>? ByExternalId(string externalId) =>
        byExternalId.TryGetValue(externalId, out var id) ? byId[id] : Unchanged(Earlier?.ByExternalId(externalId));

    // An earlier record found by a key is seen only if these records did not change it since.
    private Known<T>? Unchanged(Known<T>? earlier) => earlier is not null && !byId.ContainsKey(earlier.Id) ? earlier : null;

    private static void Forget(Dictionary<string, Guid> index, string key, Guid id)
    {
        if (index.TryGetValue(key, out var holder) && holder == id) index.Remove(key);
    }
}

/// <summary>
/// What an import sees of one kind: the records written so far in this import over what the store held when the batch began.
/// A stored record the import has since changed is seen only as changed.
/// </summary>
internal sealed class KnownLayers<T>(KnownRecords<T> written, KnownRecords<T> stored, IReadOnlySet<string> askedSlugs, SlugChoice.TakenCheck storeTaken)
    where T : class
{
    public Known<T>? ById(Guid id) => written.ById(id) ?? stored.ById(id);

    public Known<T>? BySlug(string slug) => written.BySlug(slug) ?? Unmoved(stored.BySlug(slug));

    public Known<T>? ByExternalId(string externalId) => written.ByExternalId(externalId) ?? Unmoved(stored.ByExternalId(externalId));

    /// <summary>The record a reference names: an id or a slug.</summary>
    public Known<T>? ByKey(string key) => Guid.TryParse(key, out var id) ? ById(id) : BySlug(key);

    /// <summary>The ids of the records these keys name; unknown keys are absent.</summary>
    public IReadOnlyDictionary<string, Guid> Resolve(IReadOnlyCollection<string> keys)
    {
        var found = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (ByKey(key) is { } known) found[key] = known.Id;
        }
        return found;
    }

    /// <summary>True when another record than <paramref name="except"/> has the slug; asks the store only about slugs the batch did not load.</summary>
    public Task<bool> TakenAsync(string slug, Guid? except, CancellationToken cancellationToken)
    {
        if (BySlug(slug) is { } holder) return Task.FromResult(holder.Id != except);
        if (askedSlugs.Contains(slug) || stored.BySlug(slug) is not null) return Task.FromResult(false);
        return storeTaken(slug, except, cancellationToken);
    }

    private Known<T>? Unmoved(Known<T>? known) => known is not null && written.ById(known.Id) is null ? known : null;
}
