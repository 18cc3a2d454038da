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

    /// <summary>Counts the saved changes; the basis of the article's ETag and the number of its latest revision.</summary>
    public int Version { get; private set; }

    /// <summary>What a revision keeps of the article as it is now.</summary>
    public ArticleState State => new(Slug, Content, Status, PublishedAt);

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

    /// <summary>
    /// Replaces what the editors wrote; a published article keeps its publication date. A published or scheduled article keeps
    /// what publishing asks of it (a title and a body): refused otherwise, and nothing changes.
    /// </summary>
    public Failure? Revise(string slug, ArticleContent content, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (Status is ArticleStatus.Published or ArticleStatus.Scheduled && PublishingProblem(content.Title, content.Body) is { } problem) return problem;
        Slug = slug;
        Content = content;
        Touch(now);
        return null;
    }

    /// <summary>Makes the article public at <paramref name="at"/> (now when null); a future time schedules it.</summary>
    public Failure? Publish(DateTimeOffset? at, DateTimeOffset now)
    {
        if (PublishingProblem(Content.Title, Content.Body) is { } problem) return problem;
        if (Status == ArticleStatus.Archived)
            return new Failure(FailureKind.Rule, "article-archived", "An archived article is restored before it is published again.");
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
    /// Takes, as one change, the state an archive or a wire record gives: slug, content and place in the workflow (an archived
    /// article keeps the publication date given). A first publication date already on record never moves; the record's own
    /// fills it when there is none.
    /// </summary>
    public Failure? Settle(string slug, ArticleContent content, Publication publication, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(publication);
        if (publication.Status is ArticleStatus.Published or ArticleStatus.Scheduled && PublishingProblem(content.Title, content.Body) is { } problem)
            return problem;
        Slug = slug;
        Content = content;
        FirstPublishedAt ??= publication.FirstPublishedAt;
        if (publication.Status is ArticleStatus.Published or ArticleStatus.Scheduled)
        {
            if (Status == ArticleStatus.Archived) Status = ArticleStatus.Draft;
            GoPublic(publication.PublishedAt, now);
        }
        else
        {
            Status = publication.Status;
            PublishedAt = publication.Status == ArticleStatus.Archived ? publication.PublishedAt : null;
        }
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

    /// <summary>Makes a scheduled article public once its time has come; false when it is not due (or not scheduled).</summary>
    public bool PublishIfDue(DateTimeOffset now)
    {
        if (Status != ArticleStatus.Scheduled || PublishedAt is not { } due || due > now) return false;
        Status = ArticleStatus.Published;
        FirstPublishedAt ??= due;
        Touch(now);
        return true;
    }

    /// <summary>Withdraws the article from public view but keeps it; a schedule is cancelled, a publication date kept.</summary>
    public Failure? Archive(DateTimeOffset now)
    {
        if (Status == ArticleStatus.Archived)
            return new Failure(FailureKind.Rule, "article-archived", "The article is already archived.");
        if (Status == ArticleStatus.Scheduled) PublishedAt = null;
        Status = ArticleStatus.Archived;
        Touch(now);
        return null;
    }

    /// <summary>Brings an archived article back: public again with its publication date if it had one, a draft otherwise.</summary>
    public Failure? Unarchive(DateTimeOffset now)
    {
        if (Status != ArticleStatus.Archived)
            return new Failure(FailureKind.Rule, "article-not-archived", "Only an archived article can be restored.");
        Status = PublishedAt is null ? ArticleStatus.Draft : ArticleStatus.Published;
        Touch(now);
        return null;
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
