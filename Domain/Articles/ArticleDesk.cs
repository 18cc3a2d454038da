using Cms.Domain.Access;
using Cms.Domain.Articles.Body;
using Cms.Domain.Authors;
using Cms.Domain.Common;
using Cms.Domain.Tags;

namespace Cms.Domain.Articles;

/// <summary>The one way articles are written, whichever door the request came through.</summary>
public sealed class ArticleDesk(IArticleStore articles, IAuthorStore authors, ITagStore tags, IClock clock)
{
    /// <summary>Files a new draft.</summary>
    public async Task<Outcome<Article>> CreateAsync(ArticleDraft draft, Caller caller, CancellationToken cancellationToken)
    {
        var prepared = await PrepareAsync(draft, null, caller, cancellationToken);
        if (prepared.Failure is { } failure) return failure;
        var (slug, content, body) = prepared.Value!;
        var article = Article.Draft(slug, content, clock.Now);
        return await articles.InsertAsync(article, body, cancellationToken) is { } refused ? refused : article;
    }

    /// <summary>Replaces what the editors wrote on an existing article.</summary>
    public async Task<Outcome<Article>> ReplaceAsync(string key, ArticleDraft draft, int? ifMatch, Caller caller, CancellationToken cancellationToken)
    {
        var found = await FindCurrentAsync(key, ifMatch, caller, ArticleAction.Edit, cancellationToken);
        if (found.Failure is { } failure) return failure;
        var article = found.Value!;
        var prepared = await PrepareAsync(draft, article, caller, cancellationToken);
        if (prepared.Failure is { } invalid) return invalid;
        var (slug, content, body) = prepared.Value!;
        var loadedVersion = article.Version;
        article.Revise(slug, content, clock.Now);
        return await articles.UpdateAsync(article, body, loadedVersion, cancellationToken) is { } refused ? refused : article;
    }

    /// <summary>Publishes now, backdated, or (with a future time) schedules.</summary>
    public Task<Outcome<Article>> PublishAsync(string key, DateTimeOffset? at, int? ifMatch, Caller caller, CancellationToken cancellationToken) =>
        ChangeAsync(key, ifMatch, caller, article => article.Publish(at, clock.Now), cancellationToken);

    /// <summary>Takes a public or scheduled article back to draft.</summary>
    public Task<Outcome<Article>> UnpublishAsync(string key, int? ifMatch, Caller caller, CancellationToken cancellationToken) =>
        ChangeAsync(key, ifMatch, caller, article =>
        {
            article.Unpublish(clock.Now);
            return null;
        }, cancellationToken);

    /// <summary>Withdraws an article from public view, keeping it.</summary>
    public Task<Outcome<Article>> ArchiveAsync(string key, int? ifMatch, Caller caller, CancellationToken cancellationToken) =>
        ChangeAsync(key, ifMatch, caller, article => article.Archive(clock.Now), cancellationToken);

    /// <summary>Brings an archived article back to where it stood before.</summary>
    public Task<Outcome<Article>> RestoreAsync(string key, int? ifMatch, Caller caller, CancellationToken cancellationToken) =>
        ChangeAsync(key, ifMatch, caller, article => article.Unarchive(clock.Now), cancellationToken);

    /// <summary>Publishes every scheduled article that has fallen due, each once; returns how many it published.</summary>
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var published = 0;
        foreach (var id in await articles.FindDueAsync(now, cancellationToken))
        {
            var outcome = await ChangeAsync(id.ToString(), null, Caller.Scheduler,
                article => article.PublishIfDue(now) ? null : new Failure(FailureKind.Conflict, "not-due", "Published or moved meanwhile."),
                cancellationToken);
            if (outcome.Succeeded) published++;
        }
        return published;
    }

    /// <summary>Deletes an article.</summary>
    public async Task<Failure?> DeleteAsync(string key, int? ifMatch, Caller caller, CancellationToken cancellationToken)
    {
        var found = await FindCurrentAsync(key, ifMatch, caller, ArticleAction.Delete, cancellationToken);
        if (found.Failure is { } failure) return failure;
        return await articles.DeleteAsync(found.Value!.Id, found.Value.Version, clock.Now, cancellationToken);
    }

    /// <summary>The article as stored, when the caller may do <paramref name="action"/> to it.</summary>
    public async Task<Outcome<Article>> OpenAsync(string key, Caller caller, ArticleAction action, CancellationToken cancellationToken) =>
        await FindCurrentAsync(key, null, caller, action, cancellationToken);

    private async Task<Outcome<Article>> ChangeAsync(string key, int? ifMatch, Caller caller, Func<Article, Failure?> change,
        CancellationToken cancellationToken)
    {
        var found = await FindCurrentAsync(key, ifMatch, caller, ArticleAction.ChangeStatus, cancellationToken);
        if (found.Failure is { } failure) return failure;
        var article = found.Value!;
        var loadedVersion = article.Version;
        if (change(article) is { } refused) return refused;
        return await articles.UpdateAsync(article, null, loadedVersion, cancellationToken) is { } stale ? stale : article;
    }

    private async Task<Outcome<Article>> FindCurrentAsync(string key, int? ifMatch, Caller caller, ArticleAction action,
        CancellationToken cancellationToken)
    {
        var article = await articles.FindAsync(key, cancellationToken);
        if (article is null) return Failure.NotFound("article", key);
        if (ArticleRights.Check(caller, article, action, key) is { } refused) return refused;
        if (ifMatch is { } expected && expected != article.Version) return Failure.Stale("article");
        return article;
    }

    private async Task<Outcome<(string Slug, ArticleContent Content, RenderedBody Body)>> PrepareAsync(
        ArticleDraft draft, Article? existing, Caller caller, CancellationToken cancellationToken)
    {
        var authorIds = await ResolveAsync("authors", "author", draft.Authors, authors.FindIdsAsync, cancellationToken);
        if (authorIds.Failure is { } noAuthor) return noAuthor;
        var tagIds = await ResolveAsync("tags", "tag", draft.Tags, tags.FindIdsAsync, cancellationToken);
        if (tagIds.Failure is { } noTag) return noTag;

        var body = ArticleBody.Parse(draft.Body);
        var targets = await articles.FindIdsAsync(body.ReadAlsoKeys, cancellationToken);
        if (body.ReadAlsoKeys.FirstOrDefault(key => !targets.ContainsKey(key)) is { } missing)
            return Failure.InvalidField("body", $"has a read-also teaser pointing at '{missing}', which is no article");
        if (existing is not null && targets.Values.Contains(existing.Id))
            return Failure.InvalidField("body", "has a read-also teaser pointing at the article itself");
        var rendered = body.Render(targets);

        var slug = await SlugChoice.ChooseAsync("article", draft.Slug, existing is null ? null : (existing.Id, existing.Slug), draft.Title,
            articles.SlugTakenAsync, cancellationToken);
        if (slug.Failure is { } taken) return taken;
        var excerpt = string.IsNullOrWhiteSpace(draft.Excerpt) ? Excerpt.FromText(rendered.PlainText) : draft.Excerpt;
        var content = new ArticleContent(draft.Title, draft.Subtitle, excerpt, draft.Body, draft.Language, ArticleRights.BylineOf(caller, authorIds.Value!),
            tagIds.Value!, draft.FeatureImage, draft.CanonicalUrl, draft.Share);
        return (slug.Value!, content, rendered);
    }

    private static async Task<Outcome<IReadOnlyList<Guid>>> ResolveAsync(string field, string what, IReadOnlyList<string> keys,
        Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyDictionary<string, Guid>>> find, CancellationToken cancellationToken)
    {
        var found = await find(keys, cancellationToken);
        var ids = new List<Guid>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            if (!found.TryGetValue(keys[i], out var id)) return Failure.InvalidField($"{field}[{i}]", $"names no {what} ('{keys[i]}')");
            if (ids.Contains(id)) return Failure.InvalidField($"{field}[{i}]", $"names the same {what} twice");
            ids.Add(id);
        }
        return ids;
    }
}
