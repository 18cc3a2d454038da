using Cms.Domain.Articles.Search;

namespace Cms.Domain.Articles;

/// <summary>Which articles a list shows, and in which order.</summary>
/// <param name="Tags">Tag ids or slugs; empty for any.</param>
/// <param name="TagMode">Whether an article needs any or all of <paramref name="Tags"/>.</param>
/// <param name="Authors">Author ids or slugs, any of which must be on the byline; empty for any.</param>
/// <param name="Language">The BCP 47 tag the articles are written in; null for any.</param>
/// <param name="PublishedAfter">Only articles published strictly after this instant.</param>
/// <param name="PublishedBefore">Only articles published strictly before this instant.</param>
/// <param name="UpdatedSince">Only articles changed at or after this instant.</param>
/// <param name="Statuses">The statuses wanted; null for every status the reader may see.</param>
/// <param name="Search">Full-text search; null for none.</param>
/// <param name="Sort">The order of the list.</param>
public sealed record ArticleFilter(
    IReadOnlyList<string> Tags,
    TagMode TagMode,
    IReadOnlyList<string> Authors,
    string? Language,
    DateTimeOffset? PublishedAfter,
    DateTimeOffset? PublishedBefore,
    DateTimeOffset? UpdatedSince,
    IReadOnlySet<ArticleStatus>? Statuses,
    SearchQuery? Search,
    ArticleSort Sort)
{
    /// <summary>Every article the reader may see, newest publication first.</summary>
    public static ArticleFilter Everything { get; } = new([], TagMode.Any, [], null, null, null, null, null, null, ArticleSort.NewestPublished);
}

/// <summary>Whether an article must carry any or all of the tags asked for.</summary>
public enum TagMode
{
    /// <summary>At least one of the tags.</summary>
    Any,
    /// <summary>Every one of the tags.</summary>
    All,
}

/// <summary>The orders an article list can take; each breaks ties by id, so paging never repeats or skips.</summary>
public enum ArticleSort
{
    /// <summary><c>-publishedAt</c>: newest publication first, unpublished last.</summary>
    NewestPublished,
    /// <summary><c>publishedAt</c>: oldest publication first, unpublished first.</summary>
    OldestPublished,
    /// <summary><c>-updatedAt</c>: most recently changed first.</summary>
    RecentlyUpdated,
    /// <summary><c>updatedAt</c>: least recently changed first.</summary>
    LeastRecentlyUpdated,
    /// <summary><c>title</c>: A to Z, ignoring case and accents.</summary>
    TitleAscending,
    /// <summary><c>-title</c>: Z to A.</summary>
    TitleDescending,
    /// <summary><c>relevance</c>: best search match first; only with a search.</summary>
    Relevance,
}
