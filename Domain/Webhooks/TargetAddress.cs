using System.Net;
using System.Net.Sockets;

namespace Cms.Domain.Webhooks;

/// <summary>Which addresses a webhook may reach: public ones only, never loopback, private, link-local or otherwise reserved.</summary>
public static class TargetAddress
{
    private static readonly (byte[] Network, int Bits)[] ReservedV4 =
    [
        ([0, 0, 0, 0], 8), ([10, 0, 0, 0], 8), ([100, 64, 0, 0], 10), ([127, 0, 0, 0], 8), ([169, 254, 0, 0], 16), ([172, 16, 0, 0], 12),
        ([192, 0, 0, 0], 24), ([192, 0, 2, 0], 24), ([192, 168, 0, 0], 16), ([198, 18, 0, 0], 15), ([198, 51, 100, 0], 24),
        ([203, 0, 113, 0], 24), ([224, 0, 0, 0], 4), ([240, 0, 0, 0], 4),
    ];

    /// <summary>True when the address is on the public internet.</summary>
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6) return IsPublic(address.MapToIPv4());
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var bytes = address.GetAddressBytes();
            return !ReservedV4.Any(range => Within(bytes, range.Network, range.Bits));
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return false;
        if (IPAddress.IPv6Loopback.Equals(address) || IPAddress.IPv6None.Equals(address)) return false;
        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal) return false;
        var v6 = address.GetAddressBytes();
        // Documentation (2001:db8::/32) and NAT64 (64:ff9b::/96, which embeds an IPv4 address).
        if (Within(v6, [0x20, 0x01, 0x0d, 0xb8], 32)) return false;
        if (Within(v6, [0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0], 96)) return IsPublic(new IPAddress(v6[12..]));
        return true;
    }

    private static bool Within(byte[] address, byte[] network, int bits)
    {
        for (var i = 0; i < bits / 8; i++)
        {
            if (address[i] != network[i]) return false;
        }
        var rest = bits % 8;
        if (rest == 0) return true;
        var mask = (byte)(0xFF << (8 - rest));
        return (address[bits / 8] & mask) == (network[bits / 8] & mask);
    }
}
