namespace Cms.Domain.Articles.Body;

/// <summary>Counts the words of a plain-text body the way a copy editor would.</summary>
internal static class WordTally
{
    /// <summary>Tokens between Unicode whitespace that hold a letter or digit; teaser markers are not words.</summary>
    internal static int Count(string plainText)
    {
        var words = 0;
        var start = -1;
        for (var i = 0; i <= plainText.Length; i++)
        {
            var boundary = i == plainText.Length || char.IsWhiteSpace(plainText[i]);
            if (!boundary)
            {
                if (start < 0) start = i;
                continue;
            }
            if (start >= 0 && IsWord(plainText.AsSpan(start, i - start))) words++;
            start = -1;
        }
        return words;
    }

    private static bool IsWord(ReadOnlySpan<char> token)
    {
        if (ReadAlsoMarker.IsComment(token)) return false;
        foreach (var c in token)
        {
            if (char.IsLetterOrDigit(c)) return true;
        }
        return false;
    }
}
