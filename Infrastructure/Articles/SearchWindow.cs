using Cms.Domain.Articles.Search;

namespace Cms.Infrastructure.Articles;

/// <summary>How many of the most recent matches a reader may see a search ranks and sorts (<c>Cms:Search:RecentMatches</c>).</summary>
public sealed record SearchWindow(int RecentMatches = SearchQuery.RecentMatches)
{
    /// <summary>The window, at least one match wide.</summary>
    public int RecentMatches { get; } = RecentMatches > 0
        ? RecentMatches
        : throw new ArgumentOutOfRangeException(nameof(RecentMatches), "A search window holds at least one match.");
}
