using Cms.Domain.Articles;
using Cms.Domain.Common;

namespace Cms.Domain.Webhooks;

/// <summary>
/// A change to the newsroom's content, as webhooks announce it. Every event has the same shape: what it is about, and the
/// record as it was and as it is, each with its slug and URL, so a CDN can purge both.
/// </summary>
/// <param name="Id">The event's id (UUID v7); a replayed delivery carries the same one.</param>
/// <param name="Type">Such as <c>article.published</c> or <c>tag.updated</c>.</param>
/// <param name="Subject">What changed.</param>
/// <param name="Old">The record before the change; null when it was created.</param>
/// <param name="New">The record after the change; null when it was deleted.</param>
/// <param name="OccurredAt">When the change was made.</param>
public sealed record NewsroomEvent(Guid Id, string Type, EventSubject Subject, EventSide? Old, EventSide? New, DateTimeOffset OccurredAt);

/// <summary>The record an event is about.</summary>
/// <param name="Type"><c>article</c>, <c>tag</c> or <c>author</c>.</param>
/// <param name="Id">Its id.</param>
public sealed record EventSubject(string Type, Guid Id);

/// <summary>A record as it stood on one side of a change.</summary>
/// <param name="Slug">Its slug.</param>
/// <param name="Title">An article's title, or a tag's or author's name.</param>
/// <param name="Status">An article's status; null for tags and authors.</param>
/// <param name="Url">An article's public URL; null for tags and authors.</param>
/// <param name="PublishedAt">An article's publication time, if any.</param>
public sealed record EventSide(string Slug, string Title, string? Status, string? Url, DateTimeOffset? PublishedAt)
{
    /// <summary>An article as it stands now.</summary>
    public static EventSide Of(Article article, ArticleLinks links)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(links);
        return new EventSide(article.Slug, article.Content.Title, article.Status.Name(),
            links.UrlOf(article.Id, article.Slug, article.PublishedAt, article.CreatedAt), article.PublishedAt);
    }

    /// <summary>A tag or an author.</summary>
    public static EventSide Of(string slug, string name) => new(slug, name, null, null, null);
}

/// <summary>How a change is named for webhooks.</summary>
public static class NewsroomEvents
{
    /// <summary>Every event a webhook may ask for.</summary>
    public static readonly IReadOnlyList<string> Types =
    [
        "article.created", "article.updated", "article.published", "article.scheduled", "article.unpublished", "article.deleted",
        "tag.created", "tag.updated", "tag.deleted", "author.created", "author.updated", "author.deleted",
    ];

    /// <summary>The event of an article's change; <paramref name="old"/> null for a new article, <paramref name="now"/> null for a deleted one.</summary>
    public static NewsroomEvent Article(Guid id, EventSide? old, EventSide? now, DateTimeOffset at) =>
        new(Guid.CreateVersion7(at), "article." + ArticleChange(old, now), new EventSubject("article", id), old, now, at);

    /// <summary>The event of a tag's or author's change: <c>created</c>, <c>updated</c> or <c>deleted</c> by which side is missing.</summary>
    public static NewsroomEvent Listing<TDetails>(string what, Listed<TDetails>? old, Listed<TDetails>? now, Func<TDetails, string> nameOf,
        DateTimeOffset at)
        where TDetails : class
    {
        ArgumentNullException.ThrowIfNull(nameOf);
        EventSide? Side(Listed<TDetails>? record) => record is null ? null : EventSide.Of(record.Slug, nameOf(record.Details));
        var id = (now ?? old ?? throw new ArgumentException("A change has at least one side.", nameof(now))).Id;
        return new(Guid.CreateVersion7(at), $"{what}.{(old is null ? "created" : now is null ? "deleted" : "updated")}",
            new EventSubject(what, id), Side(old), Side(now), at);
    }

    private static string ArticleChange(EventSide? old, EventSide? now)
    {
        const string Published = "published", Scheduled = "scheduled";
        if (now is null) return "deleted";
        if (old is null) return now.Status is Published or Scheduled ? now.Status : "created";
        if (now.Status == Published && old.Status != Published) return Published;
        if (now.Status == Scheduled && (old.Status != Scheduled || old.PublishedAt != now.PublishedAt)) return Scheduled;
        // Back to draft or archived: either way no longer public.
        if (now.Status is "draft" or "archived" && old.Status is Published or Scheduled) return "unpublished";
        return "updated";
    }
}
