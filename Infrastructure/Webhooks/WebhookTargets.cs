using System.Net;
using System.Net.Sockets;
using Cms.Domain.Webhooks;

namespace Cms.Infrastructure.Webhooks;

/// <summary>
/// Resolves a webhook's host and refuses it when any of its addresses is not public, unless the settings allow private targets.
/// The same check runs again on every connection (<see cref="WebhookSender"/>), so a name that later resolves elsewhere is refused too.
/// </summary>
public sealed class WebhookTargets(WebhookSettings settings) : IWebhookTargets
{
    /// <summary>The refusal shared by registration and delivery.</summary>
    public const string PrivateRefusal = "must not point at a loopback, private, link-local or reserved address";

    // The longest name DNS carries.
    private const int LongestHost = 253;

    /// <inheritdoc />
    public async Task<string?> ProblemAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps) return "must be an http or https URL";
        if (url.DnsSafeHost.Length > LongestHost) return $"names a host longer than {LongestHost} characters";
        if (settings.AllowPrivateTargets) return null;
        var addresses = await ResolveAsync(url.DnsSafeHost, cancellationToken);
        if (addresses is null || addresses.Length == 0) return "names a host that does not resolve";
        return addresses.All(TargetAddress.IsPublic) ? null : PrivateRefusal;
    }

    /// <summary>The host's addresses, or null when it does not resolve.</summary>
    internal static async Task<IPAddress[]?> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host, out var literal)) return [literal];
        if (host.Length > LongestHost) return null;
        try
        {
            return await Dns.GetHostAddressesAsync(host, cancellationToken);
        }
        catch (SocketException)
        {
            return null;
        }
    }
}
