using System.Data.Common;
using Cms.Domain.Articles;
using Cms.Domain.Common;
using Dapper;

namespace Cms.Infrastructure.Articles;

/// <summary>The versions of the lists an article keeps of other articles, in <c>article_list_versions</c>.</summary>
internal static class ArticleListVersions
{
    // A list never written has no row: it is at version 1.
    private const string ReadSql = """
        SELECT COALESCE((SELECT version FROM article_list_versions WHERE article_id = a.id AND list = @list), 1)
        FROM articles a WHERE a.id = @articleId
        """;

    private const string MoveOnSql = """
        INSERT INTO article_list_versions (article_id, list, version) VALUES (@articleId, @list, 2)
        ON CONFLICT (article_id, list) DO UPDATE SET version = version + 1
        """;

    /// <summary>The version of the article's list; none when the article is gone.</summary>
    public static Task<int?> ReadAsync(DbConnection connection, DbTransaction? transaction, Guid articleId, string list) =>
        connection.ExecuteScalarAsync<int?>(ReadSql, new { articleId, list }, transaction);

    /// <summary>In a write transaction, a stale refusal unless the article is there and its list still at <paramref name="loadedVersion"/>.</summary>
    public static async Task<Failure?> CheckAsync(DbConnection connection, DbTransaction transaction, Guid articleId, string list,
        int loadedVersion) =>
        await ReadAsync(connection, transaction, articleId, list) == loadedVersion ? null : ArticleLists.Stale(list);

    /// <summary>Moves the list of each of these articles on by one version.</summary>
    public static Task MoveOnAsync(DbConnection connection, DbTransaction transaction, IEnumerable<Guid> articleIds, string list) =>
        connection.ExecuteAsync(MoveOnSql, articleIds.Distinct().Select(articleId => new { articleId, list }), transaction);
}
