using Cms.Domain.Related;

namespace Cms.Api.Tests.Domain.Related;

/// <summary>Articles sharing tags rank by how rare the shared tags are, then by freshness.</summary>
public sealed class RelatedRankingTests
{
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid Rare = Guid.NewGuid();
    private static readonly Guid Common = Guid.NewGuid();
    private static readonly Guid Other = Guid.NewGuid();

    private static Guid Id(int n) => new($"00000000-0000-7000-8000-{n:D12}");

    private static IReadOnlyList<Guid> Rank(params SharedTag[] shares) => RelatedRanking.Rank(new TagNeighbours(1000, shares), Now);

    [Test]
    public void A_rare_shared_tag_outranks_a_common_one()
    {
        var ranked = Rank(new SharedTag(Id(1), Common, 500, Now), new SharedTag(Id(2), Rare, 3, Now));
        Assert.That(ranked, Is.EqualTo(new[] { Id(2), Id(1) }));
    }

    [Test]
    public void Two_shared_tags_outrank_one_of_the_same_rarity()
    {
        var ranked = Rank(new SharedTag(Id(1), Common, 50, Now), new SharedTag(Id(2), Common, 50, Now), new SharedTag(Id(2), Other, 50, Now));
        Assert.That(ranked, Is.EqualTo(new[] { Id(2), Id(1) }));
    }

    [Test]
    public void Among_equal_tags_the_fresher_article_comes_first()
    {
        var ranked = Rank(new SharedTag(Id(1), Common, 50, Now.AddDays(-90)), new SharedTag(Id(2), Common, 50, Now.AddDays(-2)));
        Assert.That(ranked, Is.EqualTo(new[] { Id(2), Id(1) }));
    }

    [Test]
    public void Freshness_at_most_doubles_a_score_so_an_old_article_on_a_much_rarer_tag_still_wins()
    {
        var ranked = Rank(new SharedTag(Id(1), Common, 600, Now), new SharedTag(Id(2), Rare, 2, Now.AddYears(-5)));
        Assert.Multiple(() =>
        {
            Assert.That(ranked, Is.EqualTo(new[] { Id(2), Id(1) }));
            Assert.That(RelatedRanking.Freshness(Now, Now), Is.EqualTo(1));
            Assert.That(RelatedRanking.Freshness(Now.AddDays(-30), Now), Is.EqualTo(0.5).Within(1e-9));
        });
    }
}
