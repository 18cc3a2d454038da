using Cms.Domain.Translations;
using Cms.Infrastructure.Database;
using Dapper;

namespace Cms.Infrastructure.Translations;

/// <summary>Keeps translation groups: each member article has a row naming its group.</summary>
public sealed class SqliteTranslationStore(ISqlDialect dialect) : ITranslationStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<Guid>>> TranslationsOfAsync(IReadOnlyCollection<Guid> articleIds,
        CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT mine.article_id AS ArticleId, other.article_id AS GroupId FROM article_translations mine
            JOIN article_translations other ON other.group_id = mine.group_id AND other.article_id <> mine.article_id
            WHERE mine.article_id IN @ids ORDER BY mine.article_id, other.article_id
            """;
        if (articleIds.Count == 0) return new Dictionary<Guid, IReadOnlyList<Guid>>();
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<MemberRow>(sql, new { ids = articleIds.Select(id => id.ToString("D")).ToArray() });
        return rows.GroupBy(row => row.ArticleId).ToDictionary(group => group.Key, group => (IReadOnlyList<Guid>)group.Select(row => row.GroupId).ToList());
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
    public async Task SaveGroupAsync(Guid articleId, IReadOnlyList<Guid> translations, CancellationToken cancellationToken)
    {
        const string groupSql = "SELECT group_id FROM article_translations WHERE article_id = @articleId";
        const string clearSql = "DELETE FROM article_translations WHERE group_id = @groupId OR article_id = @articleId";
        const string insertSql = "INSERT INTO article_translations (article_id, group_id) VALUES (@articleId, @groupId)";
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var write = await dialect.BeginWriteAsync(connection, cancellationToken);
        var transaction = write.Transaction;
        var groupId = await connection.ExecuteScalarAsync<Guid?>(groupSql, new { articleId }, transaction) ?? Guid.CreateVersion7();
        await connection.ExecuteAsync(clearSql, new { groupId, articleId }, transaction);
        if (translations.Count > 0)
        {
            await connection.ExecuteAsync(insertSql, translations.Prepend(articleId).Select(member => new { articleId = member, groupId }), transaction);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<string?> LanguageHolderAsync(Guid articleId, string language, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT a.slug FROM article_translations mine
            JOIN article_translations other ON other.group_id = mine.group_id AND other.article_id <> mine.article_id
            JOIN articles a ON a.id = other.article_id
            WHERE mine.article_id = @articleId AND a.language = @language COLLATE NOCASE
            LIMIT 1
            """;
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(sql, new { articleId, language });
    }

    private sealed class MemberRow
    {
        public Guid ArticleId { get; init; }
        public Guid GroupId { get; init; }
    }
}
