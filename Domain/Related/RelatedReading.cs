using Cms.Domain.Articles;
using Cms.Domain.Common;

namespace Cms.Domain.Related;

/// <summary>
/// An article's related list: the editor's picks in order, then the articles its read-also teasers point at, then articles
/// ranked by shared tags and freshness. Published articles only, each once, never the article itself.
/// </summary>
public sealed class RelatedReading(IArticleCatalog catalog, IRelatedStore store, ArticleLinks links, IClock clock)
{
    /// <summary>How many recent articles per shared tag are weighed.</summary>
    public const int CandidatesPerTag = 200;

    /// <summary>The related list, or null when the audience may not see the article.</summary>
    public async Task<IReadOnlyList<RelatedArticle>?> ListAsync(string key, Audience audience, int limit, CancellationToken cancellationToken)
    {
        var article = await catalog.FindAsync(key, audience, BodyFormats.None, cancellationToken);
        if (article is null) return null;
        var picks = await store.PicksAsync(article.Id, cancellationToken);
        var ranked = RelatedRanking.Rank(await store.NeighboursAsync(article.Id, CandidatesPerTag, cancellationToken), clock.Now);

        var seen = new HashSet<Guid> { article.Id };
        var reasons = new Dictionary<Guid, RelatedReason>();
        var order = new List<Guid>();
        void Offer(IEnumerable<Guid> ids, RelatedReason reason)
        {
            foreach (var id in ids)
            {
                if (!seen.Add(id)) continue;
                reasons.Add(id, reason);
                order.Add(id);
            }
        }
        Offer(picks, RelatedReason.Pick);
        Offer(article.ReadAlso.Select(teaser => teaser.Id), RelatedReason.ReadAlso);
        // Picks may name drafts, which the public read below leaves out: as many ranked articles again stand in for them.
        Offer(ranked.Take(limit + reasons.Count), RelatedReason.Tags);

        var published = await catalog.FindManyAsync(order, Audience.Public, BodyFormats.None, cancellationToken);
        return published.Take(limit).Select(view => new RelatedArticle(view.Id, view.Slug, view.Title, view.Excerpt, view.Language,
            links.UrlOf(view.Id, view.Slug, view.PublishedAt, view.CreatedAt), view.PublishedAt, view.FeatureImage,
            reasons[view.Id])).ToList();
    }
}
