using Cms.Domain.Access;
using Cms.Domain.Articles;
using Cms.Domain.Articles.Body;
using Cms.Domain.Authors;
using Cms.Domain.Common;
using Cms.Domain.Tags;
using Cms.Domain.Translations;
using Cms.Domain.Webhooks;

namespace Cms.Domain.Exchange;

/// <summary>
/// Decides what one batch does, line by line, without writing: which record each line names, whether it creates, changes or
/// leaves it as it is, and the writes that follow. Articles are resolved in order, their bodies rendered on every core,
/// then compared with what is stored.
/// </summary>
internal sealed class BatchPlanner
{
    private readonly ImportLedger ledger;
    private readonly ArticleLinks links;
    private readonly Caller caller;
    private readonly ArticlePreparation preparation;
    private readonly DateTimeOffset now;
    private readonly KnownLayers<Listed<AuthorProfile>> authors;
    private readonly KnownLayers<Listed<TagDetails>> tags;
    private readonly KnownLayers<Article> articles;
    private readonly List<PendingArticle> pending = [];
    private LineResult?[] results = [];
    private ImportWrite?[] writes = [];

    public BatchPlanner(ImportLedger ledger, ImportKeys keys, ImportMatches matches, ImportStores stores, ArticleLinks links, Caller caller,
        DateTimeOffset now)
    {
        this.caller = caller;
        this.ledger = ledger;
        this.links = links;
        this.now = now;
        authors = new KnownLayers<Listed<AuthorProfile>>(ledger.Authors, Listings(matches.Authors), Asked(keys.Authors), stores.Authors.SlugTakenAsync);
        tags = new KnownLayers<Listed<TagDetails>>(ledger.Tags, Listings(matches.Tags), Asked(keys.Tags), stores.Tags.SlugTakenAsync);
        articles = new KnownLayers<Article>(ledger.Articles, Articles(matches), Asked(keys.Articles, keys.Teasers), stores.Articles.SlugTakenAsync);
        preparation = new ArticlePreparation(new ImportReferences(authors, tags, articles, stores.Translations));
    }

    /// <summary>The result of every line, and the writes in line order.</summary>
    public async Task<(LineResult[] Results, IReadOnlyList<ImportWrite> Writes)> PlanAsync(IReadOnlyList<ImportLine> lines,
        IReadOnlyList<ArticleBody?> bodies, CancellationToken cancellationToken)
    {
        results = new LineResult?[lines.Count];
        writes = new ImportWrite?[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            switch (line.Record)
            {
                case AuthorRecord author:
                    await PlanListingAsync(i, line.Number, author, author.Profile, author.CreatedAt, authors, ledger.Authors, p => p.Name,
                        (record, loaded, externalId, change) => new AuthorWrite(record, loaded, externalId, change), cancellationToken);
                    break;
                case TagRecord tag:
                    await PlanListingAsync(i, line.Number, tag, tag.Details, tag.CreatedAt, tags, ledger.Tags, t => t.Name,
                        (record, loaded, externalId, change) => new TagWrite(record, loaded, externalId, change), cancellationToken);
                    break;
                case ArticleRecord article:
                    await ResolveArticleAsync(i, line.Number, article, bodies[i]!, cancellationToken);
                    break;
                default:
                    results[i] = LineResult.Failed(line.Number, line.Kind, line.Problem ?? Failure.InvalidField("type", "is not a record this import knows"));
                    break;
            }
        }
        Flush();
        return (results.Select(result => result!).ToArray(), writes.OfType<ImportWrite>().ToList());
    }

    private async Task PlanListingAsync<TDetails>(int index, int number, ExchangeRecord record, TDetails details, DateTimeOffset? createdAt,
        KnownLayers<Listed<TDetails>> layers, KnownRecords<Listed<TDetails>> written, Func<TDetails, string> nameOf,
        Func<Listed<TDetails>, int?, string?, NewsroomEvent, ImportWrite> write, CancellationToken cancellationToken)
        where TDetails : class
    {
        var match = Match(layers, record);
        if (match.Failure is { } unmatched)
        {
            results[index] = LineResult.Failed(number, record.Kind, unmatched);
            return;
        }
        var existing = match.Value?.Current;
        var slug = await SlugChoice.ChooseAsync(record.Kind, record.Slug, existing is null ? null : (existing.Id, existing.Slug), nameOf(details),
            layers.TakenAsync, cancellationToken);
        if (slug.Failure is { } taken)
        {
            results[index] = LineResult.Failed(number, record.Kind, taken);
            return;
        }
        var newExternalId = NewExternalId(record, match.Value);
        Listed<TDetails> stored;
        LineOutcome outcome;
        if (existing is null)
        {
            var created = Millis(createdAt) ?? now;
            stored = new Listed<TDetails>(IdOf(created), slug.Value!, details, created, now, 1);
            writes[index] = write(stored, null, record.ExternalId, NewsroomEvents.Listing(record.Kind, null, stored, nameOf, now));
            outcome = LineOutcome.Created;
        }
        else if (existing.Slug == slug.Value && existing.Details.Equals(details) && newExternalId is null)
        {
            stored = existing;
            outcome = LineOutcome.Unchanged;
        }
        else
        {
            stored = existing with { Slug = slug.Value!, Details = details, UpdatedAt = now, Version = existing.Version + 1 };
            writes[index] = write(stored, existing.Version, newExternalId, NewsroomEvents.Listing(record.Kind, existing, stored, nameOf, now));
            outcome = LineOutcome.Updated;
        }
        written.Add(new Known<Listed<TDetails>>(stored.Id, stored.Slug, record.ExternalId ?? match.Value?.ExternalId, stored));
        results[index] = new LineResult(number, record.Kind, outcome, stored.Id, stored.Slug, null);
    }

    private async Task ResolveArticleAsync(int index, int number, ArticleRecord record, ArticleBody body, CancellationToken cancellationToken)
    {
        var match = Match(articles, record);
        if (match.Value is { Current: null } unfinished && pending.Any(p => p.Id == unfinished.Id))
        {
            // The same article twice in a batch: the first must be settled before the second is compared with it.
            Flush();
            match = Match(articles, record);
        }
        var failure = match.Failure
            ?? (record.Publication.Status is ArticleStatus.Published or ArticleStatus.Scheduled
                ? Article.PublishingProblem(record.Draft.Title, record.Draft.Body)
                : null);
        if (failure is not null)
        {
            results[index] = LineResult.Failed(number, record.Kind, failure);
            return;
        }
        var existing = match.Value;
        var self = existing is null ? ((Guid, string, string)?)null : (existing.Id, existing.Slug, existing.Current?.Content.Language ?? record.Draft.Language);
        var resolved = await preparation.ResolveAsync(record.Draft, self, caller, body, cancellationToken);
        if (resolved.Failure is { } unresolved)
        {
            results[index] = LineResult.Failed(number, record.Kind, unresolved);
            return;
        }
        var createdAt = Millis(record.CreatedAt) ?? now;
        var id = existing?.Id ?? IdOf(createdAt);
        ledger.Articles.Add(new Known<Article>(id, resolved.Value!.Slug, record.ExternalId ?? existing?.ExternalId, null));
        pending.Add(new PendingArticle(index, number, record, existing, resolved.Value, id, createdAt));
    }

    // Settles the pending articles on every core, then records each in line order. A stored article is compared with its line
    // before its body is set (when the line gives the excerpt, nothing else needs the rendering): only a change is rendered.
    private void Flush()
    {
        if (pending.Count == 0) return;
        var settled = new SettledArticle[pending.Count];
        Parallel.For(0, pending.Count, ImportOptions.Planning, k => settled[k] = Settle(pending[k]));
        for (var k = 0; k < pending.Count; k++) Record(pending[k], settled[k]);
        pending.Clear();
    }

    private SettledArticle Settle(PendingArticle planned)
    {
        if (planned.Existing is { Current: not null } existing && NewExternalId(planned.Record, existing) is null
            && !string.IsNullOrWhiteSpace(planned.Record.Draft.Excerpt)
            && Settle(planned, null) is var unrendered && unrendered.Fingerprint.Value == existing.Fingerprint?.Value)
            return unrendered;
        return Settle(planned, ArticlePreparation.Render(planned.Resolved));
    }

    private SettledArticle Settle(PendingArticle planned, RenderedBody? rendered)
    {
        var record = planned.Record;
        var content = ArticlePreparation.Compose(record.Draft, planned.Resolved, rendered);
        var current = planned.Existing?.Current;
        var article = current is null
            ? Article.Draft(planned.Resolved.Slug, content, planned.CreatedAt, planned.Id)
            : Article.Restore(current.Id, current.Slug, current.Content, current.Status, current.CreatedAt, current.UpdatedAt,
                current.PublishedAt, current.FirstPublishedAt, current.Version);
        var publication = new Publication(record.Publication.Status, Millis(record.Publication.PublishedAt), Millis(record.Publication.FirstPublishedAt));
        article.Settle(planned.Resolved.Slug, content, publication, now);
        var template = rendered?.Markdown ?? planned.Resolved.Body.Template(planned.Resolved.Targets);
        return new SettledArticle(article, rendered, ArticleFingerprint.Later(article, template));
    }

    private void Record(PendingArticle planned, SettledArticle settled)
    {
        var (article, rendered, fingerprint) = settled;
        var record = planned.Record;
        var current = planned.Existing?.Current;
        var newExternalId = NewExternalId(record, planned.Existing);
        LineOutcome outcome;
        if (planned.Existing is null)
        {
            writes[planned.Index] = new ArticleWrite(article, rendered!, null, record.ExternalId, ArticleRevision.Of(null, article, caller),
                NewsroomEvents.Article(article.Id, null, EventSide.Of(article, links), now));
            outcome = LineOutcome.Created;
        }
        else if (planned.Existing.Fingerprint is { } stored && fingerprint.Value == stored.Value && newExternalId is null)
        {
            article = current ?? article;
            outcome = LineOutcome.Unchanged;
        }
        else
        {
            // Without the current article at hand (a dry run's earlier line) there is nothing to write against.
            if (current is not null)
            {
                writes[planned.Index] = new ArticleWrite(article, rendered!, current.Version, newExternalId, ArticleRevision.Of(current.State, article, caller),
                    NewsroomEvents.Article(article.Id, EventSide.Of(current, links), EventSide.Of(article, links), now));
            }
            outcome = LineOutcome.Updated;
        }
        ledger.Articles.Add(new Known<Article>(article.Id, article.Slug, record.ExternalId ?? planned.Existing?.ExternalId, article, fingerprint));
        results[planned.Index] = new LineResult(planned.Number, record.Kind, outcome, article.Id, article.Slug, null);
    }

    // By external id first, then by slug; a slug held by a record with another external id is not taken over.
    private static Outcome<Known<T>?> Match<T>(KnownLayers<T> layers, ExchangeRecord record) where T : class
    {
        if (record.ExternalId is { } externalId && layers.ByExternalId(externalId) is { } byExternalId) return byExternalId;
        if (record.Slug is not { } slug) return new Outcome<Known<T>?>(null, null);
        var bySlug = layers.BySlug(slug);
        if (bySlug is not null && record.ExternalId is not null && bySlug.ExternalId is not null)
            return new Failure(FailureKind.Conflict, "slug-taken",
                $"Another {record.Kind} (external id '{bySlug.ExternalId}') already has the slug '{slug}'.");
        return bySlug;
    }

    private static string? NewExternalId<T>(ExchangeRecord record, Known<T>? existing) where T : class =>
        record.ExternalId is not null && record.ExternalId != existing?.ExternalId ? record.ExternalId : null;

    // A new record's id carries its creation time, which a version 7 id can hold from 1970 on: an archive's older records
    // take the earliest it can.
    private static Guid IdOf(DateTimeOffset created) => Guid.CreateVersion7(created < DateTimeOffset.UnixEpoch ? DateTimeOffset.UnixEpoch : created);

    private static DateTimeOffset? Millis(DateTimeOffset? instant) =>
        instant is { } at ? new DateTimeOffset(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero) : null;

    private static KnownRecords<Listed<TDetails>> Listings<TDetails>(IEnumerable<StoredListing<TDetails>> stored) where TDetails : class
    {
        var known = new KnownRecords<Listed<TDetails>>();
        foreach (var (record, externalId) in stored) known.Add(new Known<Listed<TDetails>>(record.Id, record.Slug, externalId, record));
        return known;
    }

    private static KnownRecords<Article> Articles(ImportMatches matches)
    {
        var known = new KnownRecords<Article>();
        foreach (var key in matches.ArticleKeys) known.Add(new Known<Article>(key.Id, key.Slug, key.ExternalId, null));
        foreach (var (article, template, externalId) in matches.Articles)
            known.Add(new Known<Article>(article.Id, article.Slug, externalId, article, ArticleFingerprint.Later(article, template)));
        return known;
    }

    private static HashSet<string> Asked(params KeySet[] sets) => sets.SelectMany(set => set.Slugs).ToHashSet(StringComparer.Ordinal);

    /// <summary>An article as the line leaves it, its body when it had to be set (a change), and its fingerprint.</summary>
    private sealed record SettledArticle(Article Article, RenderedBody? Body, Lazy<string> Fingerprint);

    private sealed record PendingArticle(int Index, int Number, ArticleRecord Record, Known<Article>? Existing, ResolvedDraft Resolved, Guid Id,
        DateTimeOffset CreatedAt);
}

/// <summary>The stores an import asks about slugs it did not load with its batch.</summary>
/// <param name="Articles">Articles.</param>
/// <param name="Authors">Authors.</param>
/// <param name="Tags">Tags.</param>
/// <param name="Translations">Translation groups, for the one-article-per-language rule.</param>
public sealed record ImportStores(IArticleStore Articles, IAuthorStore Authors, ITagStore Tags, ITranslationStore Translations);
