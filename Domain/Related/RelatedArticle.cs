using Cms.Domain.Articles;
using Cms.Domain.Common;

namespace Cms.Domain.Related;

/// <summary>Why an article is in another's related list.</summary>
public enum RelatedReason
{
    /// <summary>An editor picked it for this article.</summary>
    Pick,
    /// <summary>The article's body points at it with a read-also teaser.</summary>
    ReadAlso,
    /// <summary>It shares tags with the article.</summary>
    Tags,
}

/// <summary>A published article offered to read next.</summary>
/// <param name="Id">UUID v7.</param>
/// <param name="Slug">Readable key.</param>
/// <param name="Title">Headline.</param>
/// <param name="Excerpt">Short summary.</param>
/// <param name="Language">BCP 47 tag.</param>
/// <param name="Url">Public URL from the site's template.</param>
/// <param name="PublishedAt">When it went public.</param>
/// <param name="FeatureImage">Head image for the card.</param>
/// <param name="Reason"><c>pick</c>, <c>readAlso</c> or <c>tags</c>.</param>
public sealed record RelatedArticle(Guid Id, string Slug, string Title, string Excerpt, string Language, string Url,
    DateTimeOffset? PublishedAt, FeatureImage? FeatureImage, RelatedReason Reason);

/// <summary>The published articles sharing public tags with one article, and how common each tag is.</summary>
/// <param name="PublishedArticles">Published articles in all.</param>
/// <param name="Shares">One row per (article, shared tag).</param>
public sealed record TagNeighbours(int PublishedArticles, IReadOnlyList<SharedTag> Shares);

/// <summary>One tag another article shares with the article.</summary>
/// <param name="ArticleId">The other article.</param>
/// <param name="TagId">The tag.</param>
/// <param name="TagArticles">Published articles with the tag.</param>
/// <param name="PublishedAt">When the other article went public.</param>
public sealed record SharedTag(Guid ArticleId, Guid TagId, int TagArticles, DateTimeOffset PublishedAt);

/// <summary>Where editors' picks are kept, and where articles sharing tags are found.</summary>
public interface IRelatedStore
{
    /// <summary>The articles an editor picked for this one, in order, whatever their status.</summary>
    Task<IReadOnlyList<Guid>> PicksAsync(Guid articleId, CancellationToken cancellationToken);

    /// <summary>The picks as the newsroom edits them, with the version of the list; none when there is no such article.</summary>
    Task<LinkedArticles<Guid>?> PickListAsync(Guid articleId, CancellationToken cancellationToken);

    /// <summary>Replaces the article's picks if the list is still at <paramref name="loadedVersion"/>; a stale refusal otherwise.</summary>
    Task<Failure?> SavePicksAsync(Guid articleId, IReadOnlyList<Guid> picks, int loadedVersion, CancellationToken cancellationToken);

    /// <summary>Published articles sharing the article's public tags: per tag, the <paramref name="perTag"/> most recent.</summary>
    Task<TagNeighbours> NeighboursAsync(Guid articleId, int perTag, CancellationToken cancellationToken);
}
