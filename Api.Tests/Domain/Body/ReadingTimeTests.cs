using Cms.Domain.Articles.Body;

namespace Cms.Api.Tests.Domain.Body;

[TestFixture]
public sealed class ReadingTimeTests
{
    [TestCase(0, 0)]
    [TestCase(1, 1)]
    [TestCase(229, 1)]
    [TestCase(230, 1)]
    [TestCase(231, 2)]
    [TestCase(461, 3)]
    [TestCase(int.MaxValue, 9336886)]
    public void Minutes_are_words_over_230_rounded_up(int words, int minutes)
    {
        Assert.That(ReadingTime.Minutes(words), Is.EqualTo(minutes));
    }

    [Test]
    public void Negative_word_count_is_refused()
    {
        Assert.That(() => ReadingTime.Minutes(-1), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
