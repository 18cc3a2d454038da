using System.Text.RegularExpressions;

namespace Cms.Domain.Common;

/// <summary>A BCP 47 language tag such as <c>fr</c>, <c>en-GB</c> or <c>zh-Hant-TW</c>.</summary>
public static partial class LanguageTag
{
    [GeneratedRegex(@"^(?<language>[A-Za-z]{2,3})(?:-(?<script>[A-Za-z]{4}))?(?:-(?<region>[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    /// <summary>The tag in its conventional case (<c>en-GB</c>, <c>zh-Hant</c>), or null when it is not a tag.</summary>
    public static string? Normalize(string tag)
    {
        var match = Shape().Match(tag);
        if (!match.Success) return null;
        var normalized = tag.ToLowerInvariant();
        var script = match.Groups["script"];
        if (script.Success)
        {
            normalized = string.Concat(normalized.AsSpan(0, script.Index), script.Value[..1].ToUpperInvariant(), normalized.AsSpan(script.Index + 1));
        }
        var region = match.Groups["region"];
        if (region.Success)
        {
            normalized = string.Concat(normalized.AsSpan(0, region.Index), region.Value.ToUpperInvariant(), normalized.AsSpan(region.Index + region.Length));
        }
        return normalized;
    }
}
