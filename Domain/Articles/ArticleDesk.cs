using Cms.Domain.Access;
using Cms.Domain.Common;
using Cms.Domain.Webhooks;

namespace Cms.Domain.Articles;

/// <summary>
/// The one way articles are written, whichever door the request came through: each change checks the caller's rights and
/// the caller's version, and is stored with the revision it leaves, or not at all.
/// </summary>
public sealed class ArticleDesk(IArticleStore articles, IArticleRevisions revisions, IArticleReferences references, ArticleLinks links, IClock clock)
{
    private readonly ArticlePreparation preparation = new(references);

    /// <summary>Files a new draft.</summary>
    public Task<Outcome<Article>> CreateAsync(ArticleDraft draft, Caller caller, CancellationToken cancellationToken) =>
        SlugChoice.CreateAsync<Article>(draft.Slug, async () =>
        {
            var prepared = await preparation.PrepareAsync(draft, null, caller, cancellationToken);
            if (prepared.Failure is { } failure) return failure;
            var (slug, content, body) = prepared.Value!;
            var article = Article.Draft(slug, content, clock.Now);
            var change = NewsroomEvents.Article(article.Id, null, EventSide.Of(article, links), article.UpdatedAt);
            return await articles.InsertAsync(article, body, ArticleRevision.Of(null, article, caller), change, cancellationToken) is { } refused
                ? refused
                : article;
        });

    /// <summary>Replaces what the editors wrote on an existing article.</summary>
    public Task<Outcome<Article>> ReplaceAsync(string key, ArticleDraft draft, Precondition precondition, Caller caller,
        CancellationToken cancellationToken) =>
        EditAsync(key, _ => Task.FromResult<Outcome<ArticleDraft>>(draft), precondition, caller, cancellationToken);

    /// <summary>Rewrites an article's content from the version stored (as a merge patch does), and stores it over that version.</summary>
    public Task<Outcome<Article>> EditAsync(string key, Func<Article, Task<Outcome<ArticleDraft>>> edit, Precondition precondition,
        Caller caller, CancellationToken cancellationToken) =>
        precondition.RunAsync<Article>($"article:{key}", async () =>
        {
            var found = await FindCurrentAsync(key, precondition, caller, ArticleAction.Edit, cancellationToken);
            if (found.Failure is { } failure) return failure;
            var draft = await edit(found.Value!);
            if (draft.Failure is { } refused) return refused;
            return await ReviseAsync(found.Value!, draft.Value!, caller, cancellationToken);
        }, cancellationToken);

    /// <summary>Writes an earlier revision's content and slug back as a new revision; the status stays as it is.</summary>
    public Task<Outcome<Article>> RestoreRevisionAsync(string key, int number, Precondition precondition, Caller caller,
        CancellationToken cancellationToken) =>
        EditAsync(key, async article => await revisions.FindAsync(article.Id, number, cancellationToken) is { } revision
                ? ArticleDraft.From(revision.State)
                : new Failure(FailureKind.NotFound, "revision-not-found", $"The article '{key}' has no revision {number}."),
            precondition, caller, cancellationToken);

    /// <summary>Publishes now, backdated, or (with a future time) schedules.</summary>
    public Task<Outcome<Article>> PublishAsync(string key, DateTimeOffset? at, Precondition precondition, Caller caller, CancellationToken cancellationToken) =>
        ChangeAsync(key, precondition, caller, article => article.Publish(at, clock.Now), cancellationToken);

    /// <summary>Takes a public or scheduled article back to draft.</summary>
    public Task<Outcome<Article>> UnpublishAsync(string key, Precondition precondition, Caller caller, CancellationToken cancellationToken) =>
        ChangeAsync(key, precondition, caller, article =>
        {
            article.Unpublish(clock.Now);
            return null;
        }, cancellationToken);

    /// <summary>Withdraws an article from public view, keeping it.</summary>
    public Task<Outcome<Article>> ArchiveAsync(string key, Precondition precondition, Caller caller, CancellationToken cancellationToken) =>
        ChangeAsync(key, precondition, caller, article => article.Archive(clock.Now), cancellationToken);

    /// <summary>Brings an archived article back to where it stood before.</summary>
    public Task<Outcome<Article>> RestoreAsync(string key, Precondition precondition, Caller caller, CancellationToken cancellationToken) =>
        ChangeAsync(key, precondition, caller, article => article.Unarchive(clock.Now), cancellationToken);

    /// <summary>Publishes every scheduled article that has fallen due, each once; returns how many it published.</summary>
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var published = 0;
        foreach (var id in await articles.FindDueAsync(now, cancellationToken))
        {
            var outcome = await ChangeAsync(id.ToString(), Precondition.None, Caller.Scheduler,
                article => article.PublishIfDue(now) ? null : new Failure(FailureKind.Conflict, "not-due", "Published or moved meanwhile."),
                cancellationToken);
            if (outcome.Succeeded) published++;
        }
        return published;
    }

    /// <summary>Deletes an article, leaving a tombstone.</summary>
    public Task<Failure?> DeleteAsync(string key, Precondition precondition, Caller caller, CancellationToken cancellationToken) =>
        precondition.RunAsync($"article:{key}", async () =>
        {
            var found = await FindCurrentAsync(key, precondition, caller, ArticleAction.Delete, cancellationToken);
            if (found.Failure is { } failure) return failure;
            var article = found.Value!;
            var now = clock.Now;
            var change = NewsroomEvents.Article(article.Id, EventSide.Of(article, links), null, now);
            return await articles.DeleteAsync(article.Id, article.Version, now, change, cancellationToken);
        }, cancellationToken);

    /// <summary>The article as stored, when the caller may do <paramref name="action"/> to it.</summary>
    public async Task<Outcome<Article>> OpenAsync(string key, Caller caller, ArticleAction action, CancellationToken cancellationToken) =>
        await FindCurrentAsync(key, Precondition.None, caller, action, cancellationToken);

    private async Task<Outcome<Article>> ReviseAsync(Article article, ArticleDraft draft, Caller caller, CancellationToken cancellationToken)
    {
        var prepared = await preparation.PrepareAsync(draft, article, caller, cancellationToken);
        if (prepared.Failure is { } invalid) return invalid;
        var (slug, content, body) = prepared.Value!;
        var before = article.State;
        var side = EventSide.Of(article, links);
        var loadedVersion = article.Version;
        if (article.Revise(slug, content, clock.Now) is { } refused) return refused;
        var revision = ArticleRevision.Of(before, article, caller);
        var change = NewsroomEvents.Article(article.Id, side, EventSide.Of(article, links), article.UpdatedAt);
        return await articles.UpdateAsync(article, body, loadedVersion, revision, change, cancellationToken) is { } stale ? stale : article;
    }

    private Task<Outcome<Article>> ChangeAsync(string key, Precondition precondition, Caller caller, Func<Article, Failure?> change,
        CancellationToken cancellationToken) =>
        precondition.RunAsync<Article>($"article:{key}", async () =>
        {
            var found = await FindCurrentAsync(key, precondition, caller, ArticleAction.ChangeStatus, cancellationToken);
            if (found.Failure is { } failure) return failure;
            var article = found.Value!;
            var before = article.State;
            var side = EventSide.Of(article, links);
            var loadedVersion = article.Version;
            if (change(article) is { } refused) return refused;
            var revision = ArticleRevision.Of(before, article, caller);
            var announced = NewsroomEvents.Article(article.Id, side, EventSide.Of(article, links), article.UpdatedAt);
            return await articles.UpdateAsync(article, null, loadedVersion, revision, announced, cancellationToken) is { } stale ? stale : article;
        }, cancellationToken);

    private async Task<Outcome<Article>> FindCurrentAsync(string key, Precondition precondition, Caller caller, ArticleAction action,
        CancellationToken cancellationToken)
    {
        var article = await articles.FindAsync(key, cancellationToken);
        if (article is null) return Failure.NotFound("article", key);
        if (ArticleRights.Check(caller, article, action, key) is { } refused) return refused;
        if (!precondition.Admits(article.Id.ToString(), article.Version)) return Failure.Stale("article");
        return article;
    }
}
