using Cms.Domain.Exchange;

namespace Cms.Api.Tests.Domain.Exchange;

/// <summary>Held article lines are written after the lines their teasers name, and a cycle is opened by one of its lines.</summary>
public sealed class TeaserOrderTests
{
    private static (IReadOnlyList<int> Order, IReadOnlyList<int> Openers) Of(params (string Slug, string[] Teasers)[] lines) =>
        TeaserOrder.Of(lines.Select(line => ((string?)line.Slug, (IReadOnlyList<string>)line.Teasers)).ToList());

    [Test]
    public void A_chain_named_backwards_is_written_from_its_end_and_opens_nothing()
    {
        var (order, openers) = Of(("a", ["b"]), ("b", ["c"]), ("c", ["d"]), ("d", []));

        Assert.That(order, Is.EqualTo(new[] { 3, 2, 1, 0 }));
        Assert.That(openers, Is.Empty);
    }

    [Test]
    public void Each_pair_naming_each_other_is_opened_by_its_first_line_then_written_whole_after_its_partner()
    {
        var (order, openers) = Of(("a1", ["b1"]), ("b1", ["a1"]), ("a2", ["b2"]), ("b2", ["a2"]));

        Assert.That(openers, Is.EqualTo(new[] { 0, 2 }));
        Assert.That(order, Is.EqualTo(new[] { 1, 0, 3, 2 }));
    }

    [Test]
    public void A_cycle_of_three_needs_one_opener_and_a_key_naming_no_line_waits_for_nothing()
    {
        var (order, openers) = Of(("x", ["y", "elsewhere"]), ("y", ["z"]), ("z", ["X"]));

        Assert.That(openers, Is.EqualTo(new[] { 0 }));
        Assert.That(order, Is.EqualTo(new[] { 2, 1, 0 }));
    }
}
