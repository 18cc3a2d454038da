using System.Text.RegularExpressions;

namespace Cms.Domain.Common;

/// <summary>A public URL pattern with placeholders such as <c>{slug}</c>: absolute http(s), or a path from the site's root.</summary>
public static partial class UrlTemplate
{
    /// <summary>The longest template accepted.</summary>
    public const int MaxLength = 500;

    [GeneratedRegex(@"\{([^{}]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    /// <summary>Why <paramref name="template"/> is not usable, or null when it is.</summary>
    /// <param name="template">The template.</param>
    /// <param name="known">The placeholders it may use.</param>
    /// <param name="identifying">The placeholders of which it needs at least one, so that no two pages share a URL.</param>
    public static string? Problem(string template, IReadOnlyCollection<string> known, IReadOnlyCollection<string> identifying)
    {
        if (template.Length > MaxLength) return $"must be at most {MaxLength} characters";
        if (template.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))) return "must not contain spaces or control characters";
        var names = Placeholder().Matches(template).Select(match => match.Groups[1].Value).ToList();
        if (names.FirstOrDefault(name => !known.Contains(name)) is { } unknown)
            return $"has '{{{unknown}}}', which is not one of {string.Join(", ", known.Select(name => $"{{{name}}}"))}";
        if (!names.Any(identifying.Contains))
            return $"must contain {string.Join(" or ", identifying.Select(name => $"{{{name}}}"))}";
        var sample = Placeholder().Replace(template, "x");
        if (sample.Contains('{', StringComparison.Ordinal) || sample.Contains('}', StringComparison.Ordinal)) return "has an unclosed brace";
        if (sample.StartsWith('/') && !sample.StartsWith("//", StringComparison.Ordinal)) return null;
        return WebAddress.IsAbsoluteHttp(sample) ? null : "must be an absolute http or https URL or a path starting with '/'";
    }
}
