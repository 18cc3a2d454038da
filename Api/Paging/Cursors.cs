using System.Security.Cryptography;
using System.Text;
using Cms.Domain.Common;

namespace Cms.Api.Paging;

/// <summary>
/// Opaque list cursors: the last item's sort value and id, bound to the list they came from and signed,
/// so a forged cursor or one from another list is refused instead of read.
/// </summary>
public sealed class Cursors(string secret)
{
    private const int SignatureLength = 16;
    private readonly byte[] key = SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    /// <summary>The cursor that continues <paramref name="list"/> after <paramref name="position"/>.</summary>
    public string Write(string list, ListPosition position)
    {
        var payload = Encoding.UTF8.GetBytes($"{position.Id:N}\n{position.SortValue}");
        var signature = Sign(list, payload);
        return Hosting.Base64Url.Encode(payload.Concat(signature).ToArray());
    }

    /// <summary>The position in a cursor, or null when it is not one this list made.</summary>
    public ListPosition? Read(string list, string cursor)
    {
        if (cursor.Length > 2048 || Hosting.Base64Url.Decode(cursor) is not { Length: > SignatureLength } bytes) return null;
        var payload = bytes[..^SignatureLength];
        if (!CryptographicOperations.FixedTimeEquals(Sign(list, payload), bytes.AsSpan(bytes.Length - SignatureLength))) return null;
        var text = Encoding.UTF8.GetString(payload);
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        return newline > 0 && Guid.TryParseExact(text[..newline], "N", out var id) ? new ListPosition(text[(newline + 1)..], id) : null;
    }

    private byte[] Sign(string list, byte[] payload) =>
        HMACSHA256.HashData(key.AsSpan(), [.. Encoding.UTF8.GetBytes(list), 0, .. payload]).AsSpan(0, SignatureLength).ToArray();
}
