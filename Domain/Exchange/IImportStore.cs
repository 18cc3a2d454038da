using Cms.Domain.Articles;
using Cms.Domain.Articles.Body;
using Cms.Domain.Authors;
using Cms.Domain.Common;
using Cms.Domain.Tags;
using Cms.Domain.Webhooks;

namespace Cms.Domain.Exchange;

/// <summary>Where a bulk import finds the records a batch names and writes the batch, whole or not at all.</summary>
public interface IImportStore
{
    /// <summary>The stored records a batch names by slug, id or external id.</summary>
    Task<ImportMatches> FindAsync(ImportKeys keys, CancellationToken cancellationToken);

    /// <summary>
    /// Makes a batch's writes ready to be written with what needs no database (serializing, packing): the desk calls this
    /// while the batch before is still committing, so that the writer only writes.
    /// </summary>
    PreparedWrites Prepare(IReadOnlyList<ImportWrite> writes);

    /// <summary>Writes every change of a prepared batch in one transaction; on a refusal nothing is written.</summary>
    Task<Failure?> CommitAsync(PreparedWrites writes, CancellationToken cancellationToken);

    /// <summary>
    /// Called once an import's last batch is committed: finishes what the store put off while batches came one after another,
    /// so that the next single write does not pay for it.
    /// </summary>
    Task SettleAsync(CancellationToken cancellationToken);
}

/// <summary>A batch's writes made ready by <see cref="IImportStore.Prepare"/>; a store keeps what it made in a subclass.</summary>
/// <param name="Writes">The writes, in the batch's order.</param>
public record PreparedWrites(IReadOnlyList<ImportWrite> Writes);

/// <summary>The keys a batch names for one kind of record.</summary>
/// <param name="Slugs">Slugs, given or made from names.</param>
/// <param name="Ids">Ids used as references.</param>
/// <param name="ExternalIds">Scripts' keys.</param>
public sealed record KeySet(IReadOnlyCollection<string> Slugs, IReadOnlyCollection<Guid> Ids, IReadOnlyCollection<string> ExternalIds);

/// <summary>The keys a batch names: the records it writes and the ones its articles refer to.</summary>
/// <param name="Authors">Authors written or named in bylines.</param>
/// <param name="Tags">Tags written or named on articles.</param>
/// <param name="Articles">Articles written, wanted whole.</param>
/// <param name="Teasers">Articles named by teasers, wanted as keys only.</param>
public sealed record ImportKeys(KeySet Authors, KeySet Tags, KeySet Articles, KeySet Teasers);

/// <summary>A stored author or tag with the external id it carries.</summary>
/// <param name="Record">The record.</param>
/// <param name="ExternalId">Its external id, if any.</param>
public sealed record StoredListing<TDetails>(Listed<TDetails> Record, string? ExternalId) where TDetails : class;

/// <summary>A stored article with its body template (teasers as markers) and external id.</summary>
/// <param name="Article">The article.</param>
/// <param name="Template">Its Markdown template, which names the teasers' targets.</param>
/// <param name="ExternalId">Its external id, if any.</param>
public sealed record StoredArticle(Article Article, string Template, string? ExternalId);

/// <summary>An article named only as a reference: its id, slug and external id.</summary>
/// <param name="Id">The article's id.</param>
/// <param name="Slug">Its slug.</param>
/// <param name="ExternalId">Its external id, if any.</param>
public sealed record ArticleKey(Guid Id, string Slug, string? ExternalId);

/// <summary>What the store holds of the keys a batch names.</summary>
/// <param name="Authors">Authors by slug, id or external id.</param>
/// <param name="Tags">Tags by slug, id or external id.</param>
/// <param name="Articles">Articles by slug or external id, whole.</param>
/// <param name="ArticleKeys">Articles named by teasers, by slug or id.</param>
public sealed record ImportMatches(
    IReadOnlyList<StoredListing<AuthorProfile>> Authors,
    IReadOnlyList<StoredListing<TagDetails>> Tags,
    IReadOnlyList<StoredArticle> Articles,
    IReadOnlyList<ArticleKey> ArticleKeys);

/// <summary>One change of a batch, with the event that announces it; <see cref="ExternalId"/>, when not null, is stored with the record.</summary>
/// <param name="ExternalId">The external id to keep with the record.</param>
/// <param name="Change">The event of the change, recorded in the same transaction.</param>
public abstract record ImportWrite(string? ExternalId, NewsroomEvent Change);

/// <summary>An article to insert (no loaded version) or update.</summary>
/// <param name="Article">The article as it is to be stored.</param>
/// <param name="Body">Its rendered body.</param>
/// <param name="LoadedVersion">The version it was read at; null for a new article.</param>
/// <param name="ExternalId">The external id to keep with it.</param>
/// <param name="Revision">The revision the write leaves.</param>
/// <param name="Change">The event of the change.</param>
public sealed record ArticleWrite(Article Article, RenderedBody Body, int? LoadedVersion, string? ExternalId, ArticleRevision Revision, NewsroomEvent Change)
    : ImportWrite(ExternalId, Change);

/// <summary>An author to insert or update.</summary>
/// <param name="Record">The author as it is to be stored.</param>
/// <param name="LoadedVersion">The version it was read at; null for a new author.</param>
/// <param name="ExternalId">The external id to keep with it.</param>
/// <param name="Change">The event of the change.</param>
public sealed record AuthorWrite(Listed<AuthorProfile> Record, int? LoadedVersion, string? ExternalId, NewsroomEvent Change)
    : ImportWrite(ExternalId, Change);

/// <summary>A tag to insert or update.</summary>
/// <param name="Record">The tag as it is to be stored.</param>
/// <param name="LoadedVersion">The version it was read at; null for a new tag.</param>
/// <param name="ExternalId">The external id to keep with it.</param>
/// <param name="Change">The event of the change.</param>
public sealed record TagWrite(Listed<TagDetails> Record, int? LoadedVersion, string? ExternalId, NewsroomEvent Change)
    : ImportWrite(ExternalId, Change);
