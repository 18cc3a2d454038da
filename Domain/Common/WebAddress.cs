namespace Cms.Domain.Common;

/// <summary>Rules for URLs stored in content fields.</summary>
public static class WebAddress
{
    /// <summary>The longest URL accepted.</summary>
    public const int MaxLength = 2048;

    /// <summary>True for an absolute http or https URL with a host, and no space (of any kind) or control character.</summary>
    public static bool IsAbsoluteHttp(string url) =>
        url.Length <= MaxLength
        && !url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);
}
