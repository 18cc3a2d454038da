using Cms.Domain.Common;

namespace Cms.Domain.Articles;

/// <summary>A news article and the workflow rules that move it from draft to public.</summary>
public sealed class Article
{
    private Article(Guid id, string slug, ArticleContent content, DateTimeOffset createdAt)
    {
        Id = id;
        Slug = slug;
        Content = content;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    /// <summary>The time-ordered UUID v7 that names the article for ever.</summary>
    public Guid Id { get; }

    /// <summary>The readable key in the article's links.</summary>
    public string Slug { get; private set; }

    /// <summary>What the editors wrote.</summary>
    public ArticleContent Content { get; private set; }

    /// <summary>Where the article stands in the workflow.</summary>
    public ArticleStatus Status { get; private set; }

    /// <summary>When the article was first saved.</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When anything on the article last changed.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>When the article went (or goes) public; null while a draft.</summary>
    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>When the article first went public; never moves afterwards.</summary>
    public DateTimeOffset? FirstPublishedAt { get; private set; }

    /// <summary>Counts the saved changes; the basis of the article's ETag.</summary>
    public int Version { get; private set; }

    /// <summary>A new draft; its id is made from <paramref name="now"/> unless one is chosen beforehand.</summary>
    public static Article Draft(string slug, ArticleContent content, DateTimeOffset now, Guid? id = null) =>
        new(id ?? Guid.CreateVersion7(now), slug, content, now) { Status = ArticleStatus.Draft, Version = 1 };

    /// <summary>An article as it was stored.</summary>
    public static Article Restore(Guid id, string slug, ArticleContent content, ArticleStatus status, DateTimeOffset createdAt,
        DateTimeOffset updatedAt, DateTimeOffset? publishedAt, DateTimeOffset? firstPublishedAt, int version) =>
        new(id, slug, content, createdAt)
        {
            Status = status,
            UpdatedAt = updatedAt,
            PublishedAt = publishedAt,
            FirstPublishedAt = firstPublishedAt,
            Version = version,
        };

    /// <summary>Replaces what the editors wrote; a published article keeps its publication date.</summary>
    public void Revise(string slug, ArticleContent content, DateTimeOffset now)
    {
        Slug = slug;
        Content = content;
        Touch(now);
    }

    /// <summary>Makes the article public at <paramref name="at"/> (now when null); a future time schedules it.</summary>
    public Failure? Publish(DateTimeOffset? at, DateTimeOffset now)
    {
        if (PublishingProblem(Content.Title, Content.Body) is { } problem) return problem;
        GoPublic(at, now);
        Touch(now);
        return null;
    }

    /// <summary>Why an article with this title and body may not go public, or null.</summary>
    public static Failure? PublishingProblem(string title, string body)
    {
        if (string.IsNullOrWhiteSpace(title))
            return new Failure(FailureKind.Rule, "article-untitled", "An article needs a title before it is published.");
        if (string.IsNullOrWhiteSpace(body))
            return new Failure(FailureKind.Rule, "article-empty", "An article needs a body before it is published.");
        return null;
    }

    /// <summary>
    /// Takes, as one change, the state an archive or a wire record gives: slug, content and place in the workflow. A first
    /// publication date already on record never moves; the record's own fills it when there is none.
    /// </summary>
    public Failure? Settle(string slug, ArticleContent content, Publication publication, DateTimeOffset now)
    {
        if (publication.Status != ArticleStatus.Draft && PublishingProblem(content.Title, content.Body) is { } problem) return problem;
        Slug = slug;
        Content = content;
        if (publication.Status == ArticleStatus.Draft)
        {
            Status = ArticleStatus.Draft;
            PublishedAt = null;
        }
        FirstPublishedAt ??= publication.FirstPublishedAt;
        if (publication.Status != ArticleStatus.Draft) GoPublic(publication.PublishedAt, now);
        Touch(now);
        return null;
    }

    /// <summary>Takes the article back to draft; its first publication date stays on record.</summary>
    public void Unpublish(DateTimeOffset now)
    {
        Status = ArticleStatus.Draft;
        PublishedAt = null;
        Touch(now);
    }

    private void GoPublic(DateTimeOffset? at, DateTimeOffset now)
    {
        var when = at ?? (Status == ArticleStatus.Published ? PublishedAt : null) ?? now;
        Status = when > now ? ArticleStatus.Scheduled : ArticleStatus.Published;
        PublishedAt = when;
        if (Status == ArticleStatus.Published) FirstPublishedAt ??= when;
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }
}
