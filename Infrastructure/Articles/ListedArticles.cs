using System.Data.Common;
using Cms.Domain.Common;
using Dapper;

namespace Cms.Infrastructure.Articles;

/// <summary>
/// The articles a list of other articles names (picks, translations), read again inside the write that stores it: another
/// request may have deleted one or changed its language since the desk looked.
/// </summary>
internal static class ListedArticles
{
    /// <summary>The language of each of the articles still there, by id.</summary>
    public static async Task<Dictionary<Guid, string>> LanguagesAsync(DbConnection connection, DbTransaction transaction, IEnumerable<Guid> ids)
    {
        const string sql = "SELECT id, language FROM articles WHERE id IN @ids";
        var rows = await connection.QueryAsync<(Guid Id, string Language)>(sql, new { ids = ids.Select(id => id.ToString("D")).ToArray() }, transaction);
        return rows.ToDictionary(row => row.Id, row => row.Language);
    }

    /// <summary>The 400 naming the first of <paramref name="ids"/> not among <paramref name="found"/>, as the desk names it; null when all are.</summary>
    public static Failure? Gone(IReadOnlyList<Guid> ids, IReadOnlyDictionary<Guid, string> found)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (!found.ContainsKey(ids[i])) return KeyResolution.Unknown("articles", i, "article", ids[i].ToString("D"));
        }
        return null;
    }
}
