namespace Cms.Domain.Articles.Body;

/// <summary>Which link and image addresses a reader's browser or app may follow.</summary>
internal static class LinkSafety
{
    /// <summary>The address when it is http, https, mailto or relative; otherwise null.</summary>
    internal static string? Href(string? url) => Allowed(url, allowMail: true);

    /// <summary>The address when it is http, https or relative; otherwise null.</summary>
    internal static string? Src(string? url) => Allowed(url, allowMail: false);

    /// <summary>True for an absolute http or https address with a host.</summary>
    internal static bool IsWeb(string url, out Uri address) =>
        Uri.TryCreate(url, UriKind.Absolute, out address!)
        && (address.Scheme == Uri.UriSchemeHttp || address.Scheme == Uri.UriSchemeHttps)
        && address.Host.Length > 0;

    private static string? Allowed(string? url, bool allowMail)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        var scheme = SchemeOf(url);
        if (scheme is null) return url;
        return scheme is "http" or "https" || (allowMail && scheme is "mailto") ? url : null;
    }

    // Browsers ignore spaces and control characters inside a scheme ("java\tscript:"), so read it the same way.
    private static string? SchemeOf(string url)
    {
        Span<char> scheme = stackalloc char[16];
        var length = 0;
        foreach (var c in url)
        {
            if (c == ':') return length <= scheme.Length ? new string(scheme[..length]) : "?";
            if (c is '/' or '?' or '#') return null;
            if (c <= ' ' || char.IsControl(c)) continue;
            if (length < scheme.Length) scheme[length] = char.ToLowerInvariant(c);
            length++;
        }
        return null;
    }
}
