using System.Text.RegularExpressions;

namespace Cms.Domain.Common;

/// <summary>A share hashtag, stored without its <c>#</c>: letters of any script, digits and underscores.</summary>
public static partial class Hashtag
{
    /// <summary>The longest hashtag accepted.</summary>
    public const int MaxLength = 100;

    [GeneratedRegex(@"^[\p{L}\p{M}\p{Nd}_]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    /// <summary>Why <paramref name="word"/> is not a hashtag, or null when it is.</summary>
    public static string? Problem(string word)
    {
        if (word.StartsWith('#')) return "is written without its leading '#'";
        if (word.Length > MaxLength) return $"must be at most {MaxLength} characters";
        return Shape().IsMatch(word) ? null : "may hold only letters, digits and underscores";
    }

    /// <summary>Reads a line of hashtags such as <c>#Pourquoi #Sam #Altman</c> into its words.</summary>
    public static IReadOnlyList<string> ParseLine(string line) =>
        line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(token => token.TrimStart('#'))
            .Where(word => word.Length > 0 && Problem(word) is null)
            .ToList();
}
