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
    /// <summary>True while the key is neither revoked nor expired.</summary>
    public bool WorksAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is not { } expiry || expiry > now);

    /// <summary>The caller this key makes of a request.</summary>
    public Caller AsCaller() => new(Id, Name, Role, AuthorId);
}

/// <summary>A key as listed for admins: the stored key with the author it acts as.</summary>
public sealed record ListedKey(ApiKey Key, Articles.Byline? Author);
