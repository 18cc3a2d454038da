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
    private readonly KeptUntilChange<long> kept = new(1024);

    /// <summary>The floor for this search as the database holds it at <paramref name="version"/>.</summary>
    internal Task<long> FloorAsync(DbConnection connection, ArticleListSql query, string version) =>
        kept.GetAsync($"{query.FloorSql}\n{query.Parameters.Get<string>("match")}\n{query.Parameters.Get<int>("window")}", version,
            () => connection.ExecuteScalarAsync<long>(query.FloorSql, query.Parameters));
}
