using System.Globalization;
using System.Text;

namespace Cms.Domain.Articles.Search;

/// <summary>
/// The characters the search index reads as part of a word: letters, numbers of every kind (the ₂ of CO₂, the ³ of m³,
/// Ⅻ), private-use characters and the marks on letters, read as whole characters so that a letter past U+FFFF (𠮷)
/// counts as one. Anything else separates words.
/// </summary>
internal static class WordCharacters
{
    /// <summary>How many UTF-16 units the word character at <paramref name="index"/> takes: 1 or 2, or 0 when it separates words.</summary>
    public static int At(string text, int index)
    {
        if (!Rune.TryGetRuneAt(text, index, out var rune)) return 0;
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
                or UnicodeCategory.PrivateUse => rune.Utf16SequenceLength,
            _ => 0,
        };
    }

    /// <summary>
    /// The letters a prefix ends with after the last mark in it: the index drops a mark or splits the word at it, so a
    /// <c>b</c> followed by two accents is a prefix of one letter.
    /// </summary>
    public static int PrefixLetters(string word)
    {
        var letters = 0;
        foreach (var rune in word.EnumerateRunes())
        {
            letters = Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark ? 0 : letters + 1;
        }
        return letters;
    }
}
