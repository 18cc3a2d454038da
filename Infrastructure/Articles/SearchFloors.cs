using System.Collections.Concurrent;
using System.Data.Common;
using Dapper;

namespace Cms.Infrastructure.Articles;

/// <summary>
/// The floor of each search's window of recent matches (<see cref="ArticleListSql.FloorSql"/>), kept until the content
/// next changes (<see cref="ListVersion"/>): asking again for a search, or for its next page, ranks the window without
/// walking the matches to find it first.
/// </summary>
public sealed class SearchFloors
{
    private const int MostSearches = 1024;

    private readonly ConcurrentDictionary<string, (string Version, long Floor)> kept = new(StringComparer.Ordinal);

    /// <summary>The floor for this search as the database holds it now.</summary>
    internal async Task<long> FloorAsync(DbConnection connection, ArticleListSql query)
    {
        var search = $"{query.FloorSql}\n{query.Parameters.Get<string>("match")}\n{query.Parameters.Get<int>("window")}";
        var version = await ListVersion.ReadAsync(connection);
        if (kept.TryGetValue(search, out var known) && known.Version == version) return known.Floor;
        var floor = await connection.ExecuteScalarAsync<long>(query.FloorSql, query.Parameters);
        if (kept.Count >= MostSearches) kept.Clear();
        kept[search] = (version, floor);
        return floor;
    }
}
