using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Cms.Domain.Common;

/// <summary>The readable key people put in links: lowercase ASCII words joined by hyphens.</summary>
public static partial class Slug
{
    /// <summary>The longest slug accepted or generated.</summary>
    public const int MaxLength = 120;

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    /// <summary>Why <paramref name="slug"/> cannot be used as given, or null when it can.</summary>
    public static string? Problem(string slug)
    {
        if (slug.Length > MaxLength) return $"must be at most {MaxLength} characters";
        if (!Shape().IsMatch(slug)) return "must be lowercase letters a-z, digits and single hyphens between them";
        if (Guid.TryParse(slug, out _)) return "must not look like a UUID";
        return null;
    }

    /// <summary>Makes a slug from a title or name: accents transliterated, everything else a hyphen.</summary>
    public static string From(string text, string fallback)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in UnicodeForms.Of(text, NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9') builder.Append(lower);
            else if (Transliteration(lower) is { } ascii) builder.Append(ascii);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        var slug = Shorten(builder.ToString().Trim('-'));
        if (slug.Length == 0) return fallback;
        return Guid.TryParse(slug, out _) ? slug + "-" + fallback : slug;
    }

    /// <summary>The slug with a number after it, for when the plain one is taken.</summary>
    public static string Numbered(string slug, int number)
    {
        var suffix = "-" + number.ToString(CultureInfo.InvariantCulture);
        return Shorten(slug[..Math.Min(slug.Length, MaxLength - suffix.Length)]) + suffix;
    }

    private static string Shorten(string slug)
    {
        if (slug.Length <= MaxLength) return slug.TrimEnd('-');
        var cut = slug[..MaxLength];
        var lastHyphen = cut.LastIndexOf('-');
        return (lastHyphen > MaxLength / 2 ? cut[..lastHyphen] : cut).TrimEnd('-');
    }

    private static string? Transliteration(char c) => c switch
    {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'ł' => "l",
        'đ' or 'ð' => "d",
        'þ' => "th",
        'ı' => "i",
        _ => null,
    };
}
