using System.Data.Common;
using Cms.Domain.Articles;
using Cms.Domain.Common;
using Cms.Domain.Translations;
using Cms.Infrastructure.Articles;
using Cms.Infrastructure.Database;
using Dapper;

namespace Cms.Infrastructure.Translations;

/// <summary>Keeps translation groups: each member article has a row naming its group.</summary>
public sealed class SqliteTranslationStore(ISqlDialect dialect) : ITranslationStore
{
    private const string TranslationsSql = """
        SELECT mine.article_id AS ArticleId, other.article_id AS GroupId FROM article_translations mine
        JOIN article_translations other ON other.group_id = mine.group_id AND other.article_id <> mine.article_id
        WHERE mine.article_id IN @ids ORDER BY mine.article_id, other.article_id
        """;

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<Guid>>> TranslationsOfAsync(IReadOnlyCollection<Guid> articleIds,
        CancellationToken cancellationToken)
    {
        if (articleIds.Count == 0) return new Dictionary<Guid, IReadOnlyList<Guid>>();
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<MemberRow>(TranslationsSql, new { ids = articleIds.Select(id => id.ToString("D")).ToArray() });
        return rows.GroupBy(row => row.ArticleId).ToDictionary(group => group.Key, group => (IReadOnlyList<Guid>)group.Select(row => row.GroupId).ToList());
    }

    /// <inheritdoc />
    public async Task<LinkedArticles<Guid>?> TranslationListAsync(Guid articleId, CancellationToken cancellationToken)
    {
        // The version is read before the list: a write landing between the two leaves a tag older than the list, which the
        // next write refuses, never one newer than what it shows.
        await using var connection = await dialect.OpenAsync(cancellationToken);
        if (await ArticleListVersions.ReadAsync(connection, null, articleId, ArticleLists.Translations) is not { } version) return null;
        var rows = await connection.QueryAsync<MemberRow>(TranslationsSql, new { ids = new[] { articleId.ToString("D") } });
        return new LinkedArticles<Guid>(articleId, ArticleLists.Translations, rows.Select(row => row.GroupId).ToList(), version);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<Guid, Guid>> GroupsOfAsync(IReadOnlyCollection<Guid> articleIds, CancellationToken cancellationToken)
    {
        const string sql = "SELECT article_id AS ArticleId, group_id AS GroupId FROM article_translations WHERE article_id IN @ids";
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<MemberRow>(sql, new { ids = articleIds.Select(id => id.ToString("D")).ToArray() });
        return rows.ToDictionary(row => row.ArticleId, row => row.GroupId);
    }

    /// <inheritdoc />
    public Task<Failure?> SaveGroupAsync(Guid articleId, IReadOnlyList<Guid> translations, int loadedVersion, CancellationToken cancellationToken)
    {
        const string groupSql = "SELECT group_id FROM article_translations WHERE article_id = @articleId";
        const string takenSql = "SELECT article_id FROM article_translations WHERE article_id IN @ids AND group_id <> @groupId LIMIT 1";
        const string membersSql = "SELECT article_id FROM article_translations WHERE group_id = @groupId";
        const string clearSql = "DELETE FROM article_translations WHERE group_id = @groupId OR article_id = @articleId";
        const string insertSql = "INSERT INTO article_translations (article_id, group_id) VALUES (@articleId, @groupId)";
        return dialect.WriteAsync(async (connection, transaction) =>
        {
            if (await ArticleListVersions.CheckAsync(connection, transaction, articleId, ArticleLists.Translations, loadedVersion) is { } stale)
                return stale;
            var groupId = await connection.ExecuteScalarAsync<Guid?>(groupSql, new { articleId }, transaction) ?? Guid.CreateVersion7();
            // Checked again here: another write may have grouped one of them since the desk looked.
            var ids = translations.Select(id => id.ToString("D")).ToArray();
            if (await connection.ExecuteScalarAsync<Guid?>(takenSql, new { ids, groupId }, transaction) is { } taken)
                return TranslationDesk.Grouped(taken.ToString("D"));
            if (await RefusalAsync(connection, transaction, articleId, translations) is { } refused) return refused;
            var formerMembers = await connection.QueryAsync<Guid>(membersSql, new { groupId }, transaction);
            await connection.ExecuteAsync(clearSql, new { groupId, articleId }, transaction);
            if (translations.Count > 0)
            {
                await connection.ExecuteAsync(insertSql, translations.Prepend(articleId).Select(member => new { articleId = member, groupId }), transaction);
            }
            await ArticleListVersions.MoveOnAsync(connection, transaction, formerMembers.Concat(translations).Prepend(articleId), ArticleLists.Translations);
            return null;
        }, cancellationToken);
    }

    // Each still there, one per language: another write may have deleted one or changed its language since the desk looked.
    private static async Task<Failure?> RefusalAsync(DbConnection connection, DbTransaction transaction, Guid articleId, IReadOnlyList<Guid> translations)
    {
        var languages = await ListedArticles.LanguagesAsync(connection, transaction, translations.Prepend(articleId));
        if (ListedArticles.Gone(translations, languages) is { } gone) return gone;
        var held = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { languages.GetValueOrDefault(articleId, "") };
        for (var i = 0; i < translations.Count; i++)
        {
            if (!held.Add(languages[translations[i]])) return TranslationDesk.LanguageTaken(i, languages[translations[i]]);
        }
        return null;
    }

    /// <inheritdoc />
    public async Task<string?> LanguageHolderAsync(Guid articleId, string language, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(LanguageHolderSql, new { Id = articleId, Language = language });
    }

    /// <summary>The slug of the translation of the article <c>@Id</c> written in <c>@Language</c>, if any.</summary>
    internal const string LanguageHolderSql = """
        SELECT a.slug FROM article_translations mine
        JOIN article_translations other ON other.group_id = mine.group_id AND other.article_id <> mine.article_id
        JOIN articles a ON a.id = other.article_id
        WHERE mine.article_id = @Id AND a.language = @Language COLLATE NOCASE
        LIMIT 1
        """;

    private sealed class MemberRow
    {
        public Guid ArticleId { get; init; }
        public Guid GroupId { get; init; }
    }
}
