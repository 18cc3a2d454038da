namespace Cms.Domain.Access;

/// <summary>A stored API key: never its secret, only the secret's hash and a prefix to find it by.</summary>
public sealed record ApiKey(
    Guid Id,
    string Name,
    Role Role,
    Guid? AuthorId,
    string Prefix,
    string SecretHash,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt)
{
    /// <summary>
    /// The key's version, as If-Match names it: a key is changed once, when it is revoked, so 1 until then and 2 after;
    /// using it or its expiry changes nothing of it.
    /// </summary>
    public int Version => RevokedAt is null ? 1 : 2;

    /// <summary>True while the key is neither revoked nor expired.</summary>
    public bool WorksAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is not { } expiry || expiry > now);

    /// <summary>True when this is an admin key working at <paramref name="now"/> and none of the other <paramref name="keys"/> is one.</summary>
    public bool IsLastWorkingAdmin(IEnumerable<ApiKey> keys, DateTimeOffset now) =>
        Role == Role.Admin && WorksAt(now) && !keys.Any(other => other.Id != Id && other.Role == Role.Admin && other.WorksAt(now));

    /// <summary>The caller this key makes of a request.</summary>
    public Caller AsCaller() => new(Id, Name, Role, AuthorId);
}

/// <summary>A key as listed for admins: the stored key with the author it acts as.</summary>
public sealed record ListedKey(ApiKey Key, Articles.Byline? Author);
