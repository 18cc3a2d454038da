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
        ([192, 88, 99, 0], 24), ([203, 0, 113, 0], 24), ([224, 0, 0, 0], 4), ([240, 0, 0, 0], 4),
    ];

    // Within global unicast: IETF protocol assignments (Teredo, benchmarking, ORCHID), documentation (2001:db8::/32 and
    // 3fff::/20), and 6to4 (2002::/16), which tunnels to whatever IPv4 address it embeds.
    private static readonly (byte[] Network, int Bits)[] ReservedV6 =
    [
        ([0x20, 0x01, 0x00], 23), ([0x20, 0x01, 0x0d, 0xb8], 32), ([0x20, 0x02], 16), ([0x3f, 0xff, 0x00], 20),
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
        var v6 = address.GetAddressBytes();
        // NAT64 (64:ff9b::/96) reaches the IPv4 address it embeds.
        if (Within(v6, [0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0], 96)) return IsPublic(new IPAddress(v6[12..]));
        // Only global unicast (2000::/3) is public: loopback, IPv4-compatible and translated forms, discard, unique local,
        // link-local and multicast all lie outside it.
        return Within(v6, [0x20], 3) && !ReservedV6.Any(range => Within(v6, range.Network, range.Bits));
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
