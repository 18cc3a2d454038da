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
    int Version);

/// <summary>An author as named on an article.</summary>
public sealed record Byline(Guid Id, string Slug, string Name);

/// <summary>A tag as named on an article.</summary>
public sealed record TagLabel(Guid Id, string Slug, string Name);

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
    Task<ArticleView?> FindAsync(string key, Audience audience, BodyFormats formats, CancellationToken cancellationToken);

    /// <summary>A page of articles, newest publication first.</summary>
    Task<Page<ArticleView>> ListAsync(PageRequest page, Audience audience, BodyFormats formats, CancellationToken cancellationToken);

    /// <summary>The articles with these ids that the audience may see, in the order of <paramref name="ids"/>.</summary>
    Task<IReadOnlyList<ArticleView>> FindManyAsync(IReadOnlyList<Guid> ids, Audience audience, BodyFormats formats, CancellationToken cancellationToken);
}
