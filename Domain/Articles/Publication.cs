namespace Cms.Domain.Articles;

/// <summary>Where a record says an article stands: draft, or public (scheduled when the date is ahead), with its dates.</summary>
/// <param name="Status">Draft, published or scheduled; a publication date ahead of now makes a published article scheduled.</param>
/// <param name="PublishedAt">When it went or goes public; null for a draft, or to keep the current date (now for a new one).</param>
/// <param name="FirstPublishedAt">When it first went public, for an article with a history before this system.</param>
public sealed record Publication(ArticleStatus Status, DateTimeOffset? PublishedAt, DateTimeOffset? FirstPublishedAt);
