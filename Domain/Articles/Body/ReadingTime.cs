namespace Cms.Domain.Articles.Body;

/// <summary>How long an article takes to read.</summary>
public static class ReadingTime
{
    /// <summary>Words an average reader gets through in a minute.</summary>
    public const int WordsPerMinute = 230;

    /// <summary>Whole minutes, rounded up: 0 words is 0 minutes, any words at least 1.</summary>
    public static int Minutes(int wordCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(wordCount);
        return wordCount / WordsPerMinute + (wordCount % WordsPerMinute == 0 ? 0 : 1);
    }
}
