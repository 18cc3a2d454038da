namespace Cms.Domain.Settings;

/// <summary>A network readers can share an article to from the share bar.</summary>
public enum ShareNetwork
{
    /// <summary>Facebook.</summary>
    Facebook,
    /// <summary>X, formerly Twitter.</summary>
    X,
    /// <summary>LinkedIn.</summary>
    Linkedin,
    /// <summary>Pinterest.</summary>
    Pinterest,
    /// <summary>WhatsApp.</summary>
    Whatsapp,
    /// <summary>An email from the reader's mail client.</summary>
    Email,
    /// <summary>Bluesky.</summary>
    Bluesky,
    /// <summary>Mastodon, through the site's chosen instance.</summary>
    Mastodon,
    /// <summary>Reddit.</summary>
    Reddit,
    /// <summary>Telegram.</summary>
    Telegram,
}

/// <summary>The names networks have in the API and in stored settings.</summary>
public static class ShareNetworkNames
{
    /// <summary>Every network by its name, in the order of <see cref="ShareNetwork"/>.</summary>
    public static readonly IReadOnlyDictionary<string, ShareNetwork> ByName =
        Enum.GetValues<ShareNetwork>().ToDictionary(Name, network => network, StringComparer.Ordinal);

    /// <summary>The lowercase name of a network.</summary>
    public static string Name(this ShareNetwork network) => network.ToString().ToLowerInvariant();

    /// <summary>The network of a lowercase name, or null.</summary>
    public static ShareNetwork? Parse(string name) => ByName.TryGetValue(name, out var network) ? network : null;
}
