namespace Cms.Domain.Articles.Body;

/// <summary>Names the platform behind an embedded URL so apps can use its native player.</summary>
internal static class EmbedProvider
{
    private static readonly (string Domain, string Provider)[] Known =
    [
        ("youtube.com", "youtube"), ("youtu.be", "youtube"), ("youtube-nocookie.com", "youtube"),
        ("vimeo.com", "vimeo"),
        ("x.com", "x"), ("twitter.com", "x"),
        ("instagram.com", "instagram"),
        ("facebook.com", "facebook"), ("fb.watch", "facebook"), ("fb.com", "facebook"),
        ("tiktok.com", "tiktok"),
    ];

    /// <summary>The provider for the address's host, or null when it is none we know.</summary>
    internal static string? Of(Uri address)
    {
        var host = address.Host.ToLowerInvariant();
        foreach (var (domain, provider) in Known)
        {
            if (host == domain || host.EndsWith("." + domain, StringComparison.Ordinal)) return provider;
        }
        return null;
    }
}
