using System.Buffers;
using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using Cms.Domain.Common;

namespace Cms.Api.Hosting;

/// <summary>
/// The API's entity tags, and <c>If-Match</c> read against them. A tag over the bytes of a versioned record is
/// <c>"v&lt;version&gt;-&lt;record&gt;&lt;bytes&gt;"</c>: the record part is the same whichever shape or audience it was read in, so a
/// write accepts a tag from any read of that record at its current version, and no other.
/// </summary>
public static class EntityTags
{
    private const int BytesPart = 20;
    private static readonly SearchValues<char> LowerHex = SearchValues.Create("0123456789abcdef");

    /// <summary>The tag of an answer: over its bytes, and naming the record and version it shows when it shows one.</summary>
    public static string Of(ReadOnlySpan<byte> body, (string Resource, int Version)? shown)
    {
        // An ETag only has to change when the bytes do: a fast non-cryptographic hash, where SHA-256 was 4 % of a cold read.
        var bytes = Convert.ToHexStringLower(XxHash128.Hash(body))[..BytesPart];
        return shown is var (resource, version) ? $"\"{Versioned(resource, version)}{bytes}\"" : $"\"{bytes}\"";
    }

    /// <summary>
    /// The request's <c>If-Match</c> (RFC 9110, 13.1.1): none when absent; otherwise the record must be current for <c>*</c> or
    /// for one of the tags listed, compared strongly, so a weak tag never matches. A header naming no tag matches nothing.
    /// </summary>
    public static Precondition IfMatch(HttpRequest request)
    {
        if (!request.Headers.TryGetValue("If-Match", out var values)) return Precondition.None;
        var tags = values.SelectMany(value => (value ?? "").Split(',', StringSplitOptions.TrimEntries)).ToArray();
        return new Precondition((resource, version) => tags.Any(tag => tag == "*" || Names(tag, resource, version)));
    }

    private static bool Names(string tag, string resource, int version)
    {
        var prefix = Versioned(resource, version);
        return tag.Length == prefix.Length + BytesPart + 2 && tag[0] == '"' && tag[^1] == '"'
            && tag.AsSpan(1, prefix.Length).SequenceEqual(prefix)
            && !tag.AsSpan(1 + prefix.Length, BytesPart).ContainsAnyExcept(LowerHex);
    }

    private static string Versioned(string resource, int version)
    {
        var record = XxHash32.HashToUInt32(Encoding.UTF8.GetBytes($"{resource}/{version}"));
        Span<byte> check = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(check, record);
        return $"v{version}-{Convert.ToHexStringLower(check)}";
    }
}
