using Cms.Domain.Access;
using Cms.Domain.Articles;
using Cms.Domain.Common;
using Cms.Infrastructure.Database;
using Dapper;

namespace Cms.Infrastructure.Access;

/// <summary>API keys in the <c>api_keys</c> table: hashes and prefixes, never secrets.</summary>
public sealed class SqliteKeyStore(ISqlDialect dialect) : IKeyStore
{
    private const string Listed = """
        SELECT k.id, k.name, k.role, k.author_id, k.prefix, k.secret_hash, k.created_at, k.expires_at, k.last_used_at, k.revoked_at,
            a.slug AS author_slug, a.name AS author_name
        FROM api_keys k LEFT JOIN authors a ON a.id = k.author_id
        """;

    /// <inheritdoc />
    public async Task<IReadOnlyList<ApiKey>> FindByPrefixAsync(string prefix, CancellationToken cancellationToken)
    {
        const string sql = "SELECT * FROM api_keys WHERE prefix = @prefix";
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<KeyRow>(sql, new { prefix })).Select(row => row.Key).ToList();
    }

    /// <inheritdoc />
    public async Task<ListedKey?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return (await connection.QuerySingleOrDefaultAsync<KeyRow>($"{Listed} WHERE k.id = @id", new { id }))?.Listed;
    }

    /// <inheritdoc />
    public async Task<Page<ListedKey>> ListAsync(PageRequest page, CancellationToken cancellationToken)
    {
        var after = page.After is null ? "" : "WHERE k.id < @afterId";
        var sql = $"{Listed} {after} ORDER BY k.id DESC LIMIT @take OFFSET @skip";
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<KeyRow>(sql, PageSlice.Parameters(page, Audience.Newsroom))).ToList();
        var next = PageSlice.Trim(rows, page.Limit, last => new ListPosition("", last.Id));
        int? total = page.PageNumber is null ? null : await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM api_keys");
        return new Page<ListedKey>(rows.Select(row => row.Listed).ToList(), next, total);
    }

    /// <inheritdoc />
    public async Task<bool> InsertAsync(ApiKey key, CancellationToken cancellationToken)
    {
        // Stored only if its author is still there: another request may have deleted the author since the desk looked.
        const string sql = """
            INSERT INTO api_keys (id, name, role, author_id, prefix, secret_hash, created_at, expires_at, last_used_at, revoked_at)
            SELECT @Id, @Name, @RoleName, @AuthorId, @Prefix, @SecretHash, @CreatedAt, @ExpiresAt, @LastUsedAt, @RevokedAt
            WHERE @AuthorId IS NULL OR EXISTS (SELECT 1 FROM authors WHERE id = @AuthorId)
            """;
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(sql, new
        {
            key.Id, key.Name, RoleName = key.Role.Name(), key.AuthorId, key.Prefix, key.SecretHash, key.CreatedAt, key.ExpiresAt,
            key.LastUsedAt, key.RevokedAt,
        }) > 0;
    }

    /// <inheritdoc />
    public async Task<Revocation> RevokeAsync(Guid id, int loadedVersion, DateTimeOffset at, CancellationToken cancellationToken)
    {
        const string keysSql = "SELECT * FROM api_keys WHERE id = @id OR role = 'admin'";
        const string sql = "UPDATE api_keys SET revoked_at = COALESCE(revoked_at, @at) WHERE id = @id";
        var outcome = Revocation.NoSuchKey;
        await dialect.WriteAsync(async (connection, transaction) =>
        {
            var keys = (await connection.QueryAsync<KeyRow>(keysSql, new { id }, transaction)).Select(row => row.Key).ToList();
            if (keys.Find(key => key.Id == id) is not { } key) return null;
            if (key.Version != loadedVersion)
            {
                outcome = Revocation.Changed;
                return null;
            }
            if (key.IsLastWorkingAdmin(keys, at))
            {
                outcome = Revocation.LastAdmin;
                return null;
            }
            await connection.ExecuteAsync(sql, new { id, at }, transaction);
            outcome = Revocation.Revoked;
            return null;
        }, cancellationToken);
        return outcome;
    }

    /// <inheritdoc />
    public async Task TouchAsync(Guid id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        const string sql = "UPDATE api_keys SET last_used_at = @at WHERE id = @id AND (last_used_at IS NULL OR last_used_at < @at)";
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(sql, new { id, at });
    }

    private sealed class KeyRow
    {
        public Guid Id { get; init; }
        public string Name { get; init; } = "";
        public string Role { get; init; } = "";
        public Guid? AuthorId { get; init; }
        public string Prefix { get; init; } = "";
        public string SecretHash { get; init; } = "";
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset? ExpiresAt { get; init; }
        public DateTimeOffset? LastUsedAt { get; init; }
        public DateTimeOffset? RevokedAt { get; init; }
        public string? AuthorSlug { get; init; }
        public string? AuthorName { get; init; }

        public ApiKey Key => new(Id, Name, RoleNames.Parse(Role) ?? Domain.Access.Role.Contributor, AuthorId, Prefix, SecretHash, CreatedAt,
            ExpiresAt, LastUsedAt, RevokedAt);

        public ListedKey Listed => new(Key, AuthorId is { } author ? new Byline(author, AuthorSlug ?? "", AuthorName ?? "") : null);
    }
}
