using Dapper;

namespace Cms.Infrastructure.Database;

/// <summary>Resource keys: a route's <c>{key}</c> is an id or a slug.</summary>
internal static class Keys
{
    /// <summary>An id in its stored form (lowercase), or the slug as given.</summary>
    public static string Normalize(string key) => Guid.TryParse(key, out var id) ? id.ToString("D") : key;

    /// <summary>
    /// The condition that finds a route's <c>@key</c> (<see cref="Normalize"/>d) on a table aliased <paramref name="alias"/>: a key
    /// that reads as an id is one, since no slug may look like an id (<see cref="Domain.Common.Slug.Problem"/>); any other is a slug.
    /// </summary>
    public static string Condition(string key, string alias = "") => Guid.TryParse(key, out _) ? $"{alias}id = @key" : $"{alias}slug = @key";

    /// <summary>Runs a query returning (id, slug) rows for <c>@keys</c> and maps each given key to its id.</summary>
    public static async Task<IReadOnlyDictionary<string, Guid>> ResolveAsync(ISqlDialect dialect, string sql,
        IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, Guid>(StringComparer.Ordinal);
        if (keys.Count == 0) return found;
        var normalized = keys.Select(Normalize).Distinct(StringComparer.Ordinal).ToArray();
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<KeyRow>(sql, new { keys = normalized })).ToList();
        foreach (var key in keys)
        {
            var wanted = Normalize(key);
            foreach (var row in rows)
            {
                if (row.Id.ToString("D") == wanted || row.Slug == wanted) found[key] = row.Id;
            }
        }
        return found;
    }

    private sealed class KeyRow
    {
        public Guid Id { get; init; }
        public string Slug { get; init; } = "";
    }
}
