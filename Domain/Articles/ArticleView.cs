using Cms.Domain.Common;

namespace Cms.Domain.Articles;

/// <summary>An article as readers get it, shaped by the store for reading.</summary>
public sealed record ArticleView(
    Guid Id,
    string Slug,
    string Title,
    string? Subtitle,
    string Excerpt,
    string Language,
    ArticleStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? FirstPublishedAt,
    FeatureImage? FeatureImage,
    string? CanonicalUrl,
    int WordCount,
    ShareMetadata Share,
    IReadOnlyList<Byline> Authors,
    IReadOnlyList<TagLabel> Tags,
    StoredBody? Body,
    IReadOnlyList<Body.ReadAlsoTeaser> ReadAlso,
    int Version)
{
    /// <summary>How the article matched a search; null outside search results.</summary>
    public Search.SearchHit? Hit { get; init; }
}

/// <summary>An author as named on an article.</summary>
public sealed record Byline(Guid Id, string Slug, string Name)
{
    /// <summary>The author's public profile, read only when asked for with <see cref="ArticleIncludes.Authors"/>.</summary>
    public Authors.AuthorProfile? Profile { get; init; }
}

/// <summary>A tag as named on an article.</summary>
public sealed record TagLabel(Guid Id, string Slug, string Name)
{
    /// <summary>The tag's description, read only when asked for with <see cref="ArticleIncludes.Tags"/>.</summary>
    public string? Description { get; init; }
}

/// <summary>Which related records a read embeds in full rather than as summaries.</summary>
[Flags]
public enum ArticleIncludes
{
    /// <summary>Summaries only.</summary>
    None = 0,
    /// <summary>Each author's public profile.</summary>
    Authors = 1,
    /// <summary>Each tag's description.</summary>
    Tags = 2,
    /// <summary>Each read-also target's excerpt, image and publication time.</summary>
    ReadAlso = 4,
    /// <summary>The resolved share payload.</summary>
    Share = 8,
}

/// <summary>The body rendered at write time, with read-also markers still to resolve.</summary>
public sealed record StoredBody(string? Html, string? PlainText, string? Blocks, string? Markdown);

/// <summary>Which rendered forms of the body a read needs.</summary>
[Flags]
public enum BodyFormats
{
    /// <summary>No body at all.</summary>
    None = 0,
    /// <summary>Sanitised HTML.</summary>
    Html = 1,
    /// <summary>Plain text.</summary>
    PlainText = 2,
    /// <summary>The Markdown source.</summary>
    Markdown = 4,
    /// <summary>Typed blocks for native rendering.</summary>
    Blocks = 8,
}

/// <summary>Reads articles shaped for answers, never hydrating entities.</summary>
public interface IArticleCatalog
{
    /// <summary>The article with this id or slug, if the audience may see it.</summary>
    Task<ArticleView?> FindAsync(string key, Audience audience, BodyFormats formats, CancellationToken cancellationToken,
        ArticleIncludes includes = ArticleIncludes.None);

    /// <summary>A page of the articles the filter picks, in its order.</summary>
    Task<Page<ArticleView>> ListAsync(ArticleFilter filter, PageRequest page, Audience audience, BodyFormats formats,
        CancellationToken cancellationToken, ArticleIncludes includes = ArticleIncludes.None);

    /// <summary>The articles with these ids that the audience may see, in the order of <paramref name="ids"/>.</summary>
    Task<IReadOnlyList<ArticleView>> FindManyAsync(IReadOnlyList<Guid> ids, Audience audience, BodyFormats formats, CancellationToken cancellationToken);
}
