using Cms.Domain.Common;

namespace Cms.Domain.Articles;

/// <summary>
/// A published article's public answers as the typesetter set them, in the JSON the API sends: its entry in a list (the
/// article without a body) and its body as HTML. Anything that changes what they show removes them in the same transaction.
/// </summary>
/// <param name="Id">The article.</param>
/// <param name="Version">Its version, for the ETag.</param>
/// <param name="UpdatedAt">When it last changed, for <c>Last-Modified</c>.</param>
/// <param name="Summary">The list entry: a JSON object whose last member is <c>"body":null</c>.</param>
/// <param name="Body">The value of <c>body</c> for the default HTML format; empty in lists.</param>
public sealed record TypesetArticle(Guid Id, int Version, DateTimeOffset UpdatedAt, byte[] Summary, byte[] Body);

/// <summary>An article waiting to be set, with the ticket it was queued under.</summary>
public sealed record TypesettingTicket(Guid ArticleId, long Ticket);

/// <summary>What the typesetter made of a ticket: the article's answers with its slug and version, or nothing when it is not public.</summary>
public sealed record TypesetProof(TypesettingTicket Ticket, byte[]? Summary, byte[]? Body)
{
    /// <summary>The slug it was set with.</summary>
    public string? Slug { get; init; }

    /// <summary>The version it was set at.</summary>
    public int Version { get; init; }

    /// <summary>When it last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>Kept answers, as the anonymous readers of published articles are given them.</summary>
public interface ITypesetArticles
{
    /// <summary>The published article with this id or slug, if it is set; null also when it is not (yet) set.</summary>
    Task<TypesetArticle?> FindAsync(string key, CancellationToken cancellationToken);

    /// <summary>A page of published articles for anonymous readers (no search), or null when one of them is not set.</summary>
    Task<Page<TypesetArticle>?> ListAsync(ArticleFilter filter, PageRequest page, CancellationToken cancellationToken);
}

/// <summary>The typesetting queue and the answers kept from it.</summary>
public interface ITypesetting
{
    /// <summary>Up to <paramref name="most"/> articles waiting to be set.</summary>
    Task<IReadOnlyList<TypesettingTicket>> WaitingAsync(int most, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps each proof whose ticket is still the article's, and takes it from the queue; returns how many were kept. Returns
    /// null, keeping nothing, when the proofs were set with settings (<paramref name="settingsVersion"/>) or a URL template
    /// (<paramref name="urlTemplate"/>) other than the ones the answers are now set with.
    /// </summary>
    Task<int?> KeepAsync(IReadOnlyList<TypesetProof> proofs, long settingsVersion, string urlTemplate, CancellationToken cancellationToken);

    /// <summary>
    /// Makes <paramref name="urlTemplate"/> the one answers are set with, queuing every published article again when it was
    /// another: an instance started with a new configured template sets them all once.
    /// </summary>
    Task ChangeEditionAsync(string urlTemplate, CancellationToken cancellationToken);
}
