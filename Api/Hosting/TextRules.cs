using System.Buffers;
using Cms.Domain.Common;
using FluentValidation;

namespace Cms.Api.Hosting;

/// <summary>Field rules shared by every request validator.</summary>
public static class TextRules
{
    // The characters char.IsControl names: U+0000 to U+001F and U+007F to U+009F. A body is checked whole on every write and
    // import line, so the check is one vectorized search rather than a call per character.
    private static readonly char[] ControlCharacters = [.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(char.IsControl)];
    private static readonly SearchValues<char> Controls = SearchValues.Create(ControlCharacters);
    private static readonly SearchValues<char> ControlsButBreaksAndTabs = SearchValues.Create([.. ControlCharacters.Except("\n\r\t")]);

    /// <summary>One line of plain text: no control characters, bounded length.</summary>
    public static IRuleBuilderOptions<T, string?> Line<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.MaximumLength(maxLength)
            .Must(text => text is null || !text.AsSpan().ContainsAny(Controls)).WithMessage("must be one line without control characters");

    /// <summary>Text of several lines: no control characters but line breaks and tabs.</summary>
    public static IRuleBuilderOptions<T, string?> Text<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.MaximumLength(maxLength)
            .Must(text => text is null || !text.AsSpan().ContainsAny(ControlsButBreaksAndTabs))
            .WithMessage("must not contain control characters other than line breaks and tabs");

    /// <summary>An absolute http or https URL.</summary>
    public static IRuleBuilderOptions<T, string?> WebAddress<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(url => url is null || Domain.Common.WebAddress.IsAbsoluteHttp(url))
            .WithMessage($"must be an absolute http or https URL of at most {Domain.Common.WebAddress.MaxLength} characters");

    /// <summary>A slug as people may give one.</summary>
    public static IRuleBuilderOptions<T, string?> Slug<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(slug => slug is null || Domain.Common.Slug.Problem(slug) is null)
            .WithMessage((_, slug) => Domain.Common.Slug.Problem(slug ?? "") ?? "");

    /// <summary>A list of ids or slugs.</summary>
    public static void Keys<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule, int max) =>
        rule.Must(keys => keys is null || keys.Count <= max).WithMessage($"may name at most {max}")
            .ForEach(key => key.NotEmpty().MaximumLength(Domain.Common.Slug.MaxLength));
}
