using Cms.Domain.Common;

namespace Cms.Domain.Articles;

/// <summary>
/// The articles an article keeps as one of its lists, in order, and the list's version: how many times a write changed it,
/// so that If-Match guards the next write as it guards the article's own.
/// </summary>
/// <param name="ArticleId">The article whose list it is.</param>
/// <param name="List">Which of its lists, one of <see cref="ArticleLists"/>.</param>
/// <param name="Articles">The articles listed: their ids, or their views once read.</param>
/// <param name="Version">1 for a list never written.</param>
public sealed record LinkedArticles<T>(Guid ArticleId, string List, IReadOnlyList<T> Articles, int Version)
{
    /// <summary>How the list is named to a precondition and in its ETag, apart from the article it belongs to.</summary>
    public string Resource => $"{ArticleId:D}/{List}";

    /// <summary>The same list at the same version, its articles given otherwise (their views for their ids).</summary>
    public LinkedArticles<TShown> Showing<TShown>(IReadOnlyList<TShown> articles) => new(ArticleId, List, articles, Version);
}

/// <summary>The lists an article keeps of other articles.</summary>
public static class ArticleLists
{
    /// <summary>The editor's picks for its related list.</summary>
    public const string Picks = "picks";

    /// <summary>The other articles of its translation group: writing any member's list changes every member's.</summary>
    public const string Translations = "translations";

    /// <summary>The refusal when the list changed since the ETag the caller gave.</summary>
    public static Failure Stale(string list) => Failure.Stale($"list of {list}");
}
