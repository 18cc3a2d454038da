namespace Cms.Domain.Related;

/// <summary>
/// Orders articles that share tags with another: each shared tag counts ln(1 + published / articles with the tag), so a rare tag
/// weighs more than a common one; the sum is multiplied by 1 + 2^(-age / 30 days), so a fresh article counts up to twice as much.
/// </summary>
public static class RelatedRanking
{
    /// <summary>The age at which an article's freshness bonus has halved.</summary>
    public static readonly TimeSpan FreshnessHalfLife = TimeSpan.FromDays(30);

    /// <summary>The articles, best first; equal scores go to the newer.</summary>
    public static IReadOnlyList<Guid> Rank(TagNeighbours neighbours, DateTimeOffset now) =>
        neighbours.Shares
            .GroupBy(share => share.ArticleId)
            .Select(shares => (Id: shares.Key, PublishedAt: shares.First().PublishedAt,
                Score: shares.DistinctBy(share => share.TagId).Sum(share => Rarity(neighbours.PublishedArticles, share.TagArticles))
                       * (1 + Freshness(shares.First().PublishedAt, now))))
            .OrderByDescending(candidate => candidate.Score)
            .ThenByDescending(candidate => candidate.PublishedAt)
            .ThenByDescending(candidate => candidate.Id)
            .Select(candidate => candidate.Id)
            .ToList();

    /// <summary>How much a shared tag says: more the fewer articles carry it.</summary>
    public static double Rarity(int publishedArticles, int tagArticles) => Math.Log(1 + (double)Math.Max(1, publishedArticles) / Math.Max(1, tagArticles));

    /// <summary>1 for an article published now, halving every <see cref="FreshnessHalfLife"/>.</summary>
    public static double Freshness(DateTimeOffset publishedAt, DateTimeOffset now) =>
        Math.Pow(0.5, Math.Max(0, (now - publishedAt).TotalDays) / FreshnessHalfLife.TotalDays);
}
