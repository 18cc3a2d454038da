using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Cms.Api.Hosting;
using Cms.Domain.Common;

namespace Cms.Api.Articles;

/// <summary>
/// Signed, expiring preview tokens: an article id and an expiry, signed with HMAC-SHA256, so a preview needs no key
/// and no storage. A token names one article and works until it expires or the article is gone.
/// </summary>
public sealed class PreviewLinks(PreviewSettings settings, IClock clock)
{
    private const int IdLength = 16;
    private const int ExpiryLength = 8;
    private const int SignatureLength = 16;
    private static readonly byte[] Purpose = Encoding.UTF8.GetBytes("cms-preview\n");

    private readonly byte[] key = settings.Secret is { Length: > 0 } secret
        ? SHA256.HashData(Encoding.UTF8.GetBytes(secret))
        : RandomNumberGenerator.GetBytes(32);

    /// <summary>How long a link lasts when the request does not say.</summary>
    public TimeSpan DefaultLifetime => TimeSpan.FromMinutes(settings.DefaultMinutes);

    /// <summary>The longest a link may last.</summary>
    public TimeSpan MaxLifetime => TimeSpan.FromMinutes(settings.MaxMinutes);

    /// <summary>A token for the article, valid until <paramref name="expiresAt"/>.</summary>
    public string Issue(Guid articleId, DateTimeOffset expiresAt)
    {
        var payload = new byte[IdLength + ExpiryLength];
        articleId.TryWriteBytes(payload, bigEndian: true, out _);
        BinaryPrimitives.WriteInt64BigEndian(payload.AsSpan(IdLength), expiresAt.ToUnixTimeSeconds());
        return Base64Url.Encode([.. payload, .. Sign(payload)]);
    }

    /// <summary>The article a token names, or why it names none.</summary>
    public Outcome<Guid> Read(string token)
    {
        var invalid = new Failure(FailureKind.NotFound, "preview-link-invalid", "This preview link is not one the CMS made.");
        if (token.Length > 100 || Base64Url.Decode(token) is not { Length: IdLength + ExpiryLength + SignatureLength } bytes) return invalid;
        var payload = bytes.AsSpan(0, IdLength + ExpiryLength).ToArray();
        if (!CryptographicOperations.FixedTimeEquals(Sign(payload), bytes.AsSpan(IdLength + ExpiryLength))) return invalid;
        if (DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(payload.AsSpan(IdLength))) <= clock.Now)
            return new Failure(FailureKind.NotFound, "preview-link-expired", "This preview link has expired; ask for a new one.");
        return new Guid(payload.AsSpan(0, IdLength), bigEndian: true);
    }

    private byte[] Sign(byte[] payload) => HMACSHA256.HashData(key.AsSpan(), [.. Purpose, .. payload]).AsSpan(0, SignatureLength).ToArray();
}

/// <summary>Preview link settings.</summary>
public sealed class PreviewSettings
{
    /// <summary>Signs preview links; set the same value on every instance so links survive restarts. Random per process when unset.</summary>
    public string? Secret { get; set; }

    /// <summary>Minutes a link lasts when the request does not say.</summary>
    public int DefaultMinutes { get; set; } = 60;

    /// <summary>The most minutes a link may last.</summary>
    public int MaxMinutes { get; set; } = 7 * 24 * 60;
}
