using System.Security.Cryptography;
using System.Text;
using Cms.Domain.Authors;
using Cms.Domain.Common;

namespace Cms.Domain.Access;

/// <summary>What an admin asks for when making a key.</summary>
public sealed record KeyOrder(string Name, Role Role, string? Author, DateTimeOffset? ExpiresAt);

/// <summary>What a presented secret turned out to be: a caller, or a refusal naming the revoked or expired key when it is one.</summary>
public sealed record KeyCheck(Caller? Caller, ApiKey? RefusedKey);

/// <summary>The one way keys are made, checked and revoked.</summary>
public sealed class KeyDesk(IKeyStore keys, IAuthorStore authors, IClock clock)
{
    /// <summary>How every secret this desk makes begins.</summary>
    public const string SecretStart = "cms_";

    /// <summary>The name the configured bootstrap key is listed under.</summary>
    public const string BootstrapName = "bootstrap admin";

    private const int PrefixLength = 12;
    private static readonly TimeSpan TouchEvery = TimeSpan.FromMinutes(1);

    /// <summary>Makes a key; its secret is in the answer and nowhere else.</summary>
    public async Task<Outcome<(ListedKey Key, string Secret)>> CreateAsync(KeyOrder order, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        if (order.ExpiresAt is { } expiry && expiry <= now) return Failure.InvalidField("expiresAt", "must be in the future");
        Articles.Byline? author = null;
        if (order.Role.ActsAsAuthor())
        {
            if (order.Author is null) return Failure.InvalidField("author", $"is required for {(order.Role == Role.Author ? "an" : "a")} {order.Role.Name()} key");
            if (await authors.FindAsync(order.Author, cancellationToken) is not { } found) return NoAuthor(order.Author);
            author = new Articles.Byline(found.Id, found.Slug, found.Details.Name);
        }
        else if (order.Author is not null)
        {
            return Failure.InvalidField("author", "is only for contributor and author keys");
        }
        var secret = SecretStart + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var key = new ApiKey(Guid.CreateVersion7(now), order.Name, order.Role, author?.Id, PrefixOf(secret), HashOf(secret), now,
            order.ExpiresAt, null, null);
        if (!await keys.InsertAsync(key, cancellationToken)) return NoAuthor(order.Author!);
        return (new ListedKey(key, author), secret);
    }

    private static Failure NoAuthor(string author) => Failure.InvalidField("author", $"names no author ('{author}')");

    /// <summary>The caller a presented secret stands for; none when it is unknown, revoked or expired, naming the key when known.</summary>
    public async Task<KeyCheck> AuthenticateAsync(string presented, CancellationToken cancellationToken)
    {
        var hash = Convert.FromHexString(HashOf(presented));
        foreach (var key in await keys.FindByPrefixAsync(PrefixOf(presented), cancellationToken))
        {
            if (!CryptographicOperations.FixedTimeEquals(hash, Convert.FromHexString(key.SecretHash))) continue;
            var now = clock.Now;
            if (!key.WorksAt(now)) return new KeyCheck(null, key);
            if (key.LastUsedAt is not { } last || now - last >= TouchEvery) await keys.TouchAsync(key.Id, now, cancellationToken);
            return new KeyCheck(key.AsCaller(), null);
        }
        return new KeyCheck(null, null);
    }

    /// <summary>
    /// Revokes a key, guarded by the version the caller last saw when it gives one; every request with it from now on is
    /// refused. The last working admin key stays.
    /// </summary>
    public Task<Failure?> RevokeAsync(Guid id, Precondition precondition, CancellationToken cancellationToken) =>
        precondition.RunAsync($"key:{id}", async () =>
        {
            if (await keys.FindAsync(id, cancellationToken) is not { Key: var key }) return Failure.NotFoundById("key", id);
            if (!precondition.Admits(key.Id.ToString(), key.Version)) return Failure.Stale("key");
            return await keys.RevokeAsync(id, key.Version, clock.Now, cancellationToken) switch
            {
                Revocation.Revoked => null,
                Revocation.LastAdmin => new Failure(FailureKind.Conflict, "last-admin-key",
                    "This is the last admin key that is neither revoked nor expired; create another admin key before revoking it."),
                Revocation.Changed => Failure.Stale("key"),
                _ => Failure.NotFoundById("key", id),
            };
        }, cancellationToken);

    /// <summary>Lists the configured bootstrap secret as an ordinary admin key, once: revoking it keeps it revoked.</summary>
    public async Task AdoptBootstrapAsync(string secret, CancellationToken cancellationToken)
    {
        var hash = HashOf(secret);
        if ((await keys.FindByPrefixAsync(PrefixOf(secret), cancellationToken)).Any(key => key.SecretHash == hash)) return;
        var now = clock.Now;
        await keys.InsertAsync(new ApiKey(Guid.CreateVersion7(now), BootstrapName, Role.Admin, null, PrefixOf(secret), hash, now, null, null, null),
            cancellationToken);
    }

    private static string PrefixOf(string secret) => secret.Length <= PrefixLength ? secret : secret[..PrefixLength];

    private static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
