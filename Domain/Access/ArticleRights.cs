using Cms.Domain.Articles;
using Cms.Domain.Common;

namespace Cms.Domain.Access;

/// <summary>What a caller may do to an article.</summary>
public enum ArticleAction
{
    /// <summary>Read it and its revisions, whatever its status.</summary>
    Read,
    /// <summary>Make a preview link, which shows it as it stands, in any status, to whoever holds the link.</summary>
    Preview,
    /// <summary>Change what is written on it, or restore a revision.</summary>
    Edit,
    /// <summary>Publish, schedule, unpublish, archive or restore it.</summary>
    ChangeStatus,
    /// <summary>Delete it.</summary>
    Delete,
}

/// <summary>
/// The permission matrix on one article: editors and admins act on every article; authors on the articles their author
/// signs; contributors only read theirs, make preview links to them and edit them while they are drafts. Another author's
/// published article may only be read: a preview link to it would keep showing it after it goes back to draft. An article
/// the caller may not see is not found.
/// </summary>
public static class ArticleRights
{
    /// <summary>Null when the caller may do this, else why not (not found when the caller may not even see it).</summary>
    public static Failure? Check(Caller caller, Article article, ArticleAction action, string key)
    {
        if (caller.Has(Role.Editor)) return null;
        if (!Signs(caller, article))
        {
            if (article.Status != ArticleStatus.Published) return Failure.NotFound("article", key);
            return action switch
            {
                ArticleAction.Read => null,
                ArticleAction.Preview => Failure.Forbidden("not-your-article",
                    "This key may only make preview links to articles signed by its own author."),
                _ => Failure.Forbidden("not-your-article", "This key may only change articles signed by its own author."),
            };
        }
        if (caller.Has(Role.Author) || action is ArticleAction.Read or ArticleAction.Preview) return null;
        if (action == ArticleAction.Edit && article.Status == ArticleStatus.Draft) return null;
        return action == ArticleAction.Edit
            ? Failure.Forbidden("contributor-draft-only", "A contributor key may edit its articles only while they are drafts.")
            : Failure.Forbidden("role-too-low", "A contributor key may not publish, schedule, archive or delete.");
    }

    /// <summary>The byline a caller writes: a key that acts as an author always signs, first when it was not named.</summary>
    public static IReadOnlyList<Guid> BylineOf(Caller caller, IReadOnlyList<Guid> authorIds) =>
        caller.AuthorId is { } own && caller.Role.ActsAsAuthor() && !authorIds.Contains(own) ? [own, .. authorIds] : authorIds;

    private static bool Signs(Caller caller, Article article) =>
        caller.AuthorId is { } own && article.Content.AuthorIds.Contains(own);
}
