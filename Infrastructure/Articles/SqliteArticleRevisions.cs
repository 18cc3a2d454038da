using System.Data.Common;
using System.Text.Json;
using Cms.Domain.Articles;
using Cms.Domain.Common;
using Cms.Infrastructure.Database;
using Dapper;

namespace Cms.Infrastructure.Articles;

/// <summary>Article revisions in <c>article_revisions</c>: written by the article store in each change's transaction, read here.</summary>
public sealed class SqliteArticleRevisions(ISqlDialect dialect) : IArticleRevisions
{
    private const string InsertSql = """
        INSERT INTO article_revisions (article_id, number, slug, status, published_at, content, changed, at, key_id, by_name)
        VALUES (@ArticleId, @Number, @Slug, @Status, @PublishedAt, @Content, @Changed, @At, @KeyId, @By)
        """;

    /// <inheritdoc />
    public async Task<Page<ArticleRevision>> ListAsync(Guid articleId, PageRequest page, CancellationToken cancellationToken)
    {
        var after = page.After is null ? "" : "AND number < @before";
        var sql = $"SELECT * FROM article_revisions WHERE article_id = @articleId {after} ORDER BY number DESC LIMIT @take OFFSET @skip";
        var parameters = PageSlice.Parameters(page, Audience.Newsroom);
        parameters.Add("articleId", articleId);
        parameters.Add("before", int.TryParse(page.After?.SortValue, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : 0);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<RevisionRow>(sql, parameters)).ToList();
        var next = PageSlice.Trim(rows, page.Limit,
            last => new ListPosition(last.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), last.ArticleId));
        int? total = page.PageNumber is null
            ? null
            : await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM article_revisions WHERE article_id = @articleId", parameters);
        return new Page<ArticleRevision>(rows.Select(row => row.Revision).ToList(), next, total);
    }

    /// <inheritdoc />
    public async Task<ArticleRevision?> FindAsync(Guid articleId, int number, CancellationToken cancellationToken)
    {
        const string sql = "SELECT * FROM article_revisions WHERE article_id = @articleId AND number = @number";
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return (await connection.QuerySingleOrDefaultAsync<RevisionRow>(sql, new { articleId, number }))?.Revision;
    }

    /// <summary>Writes a revision, made ready with <see cref="StoredRevision.Of"/>, inside the transaction of the change that left it.</summary>
    internal static void Insert(PreparedStatements statements, StoredRevision revision) => statements.Execute(InsertSql, revision);

    private sealed class RevisionRow
    {
        public Guid ArticleId { get; init; }
        public int Number { get; init; }
        public string Slug { get; init; } = "";
        public string Status { get; init; } = "";
        public DateTimeOffset? PublishedAt { get; init; }
        public PackedText.Read Content { get; init; } = new("");
        public string Changed { get; init; } = "[]";
        public DateTimeOffset At { get; init; }
        public Guid? KeyId { get; init; }
        public string ByName { get; init; } = "";

        public ArticleRevision Revision => new(ArticleId, Number,
            new ArticleState(Slug, JsonSerializer.Deserialize(Content.Utf8, StoreJson.Stored.ArticleContent)!,
                ArticleStatusNames.Parse(Status) ?? ArticleStatus.Draft, PublishedAt),
            At, KeyId, ByName, JsonSerializer.Deserialize(Changed, StoreJson.Stored.StringArray) ?? []);
    }
}

/// <summary>A revision as its row is written, its snapshot serialized (and packed, <see cref="PackedText"/>) before the write waits for the writer.</summary>
internal sealed record StoredRevision(Guid ArticleId, int Number, string Slug, string Status, DateTimeOffset? PublishedAt, object Content,
    string Changed, DateTimeOffset At, Guid? KeyId, string By)
{
    /// <summary>The row of <paramref name="revision"/>, its snapshot packed or as JSON text.</summary>
    public static StoredRevision Of(ArticleRevision revision, bool packed) => new(revision.ArticleId, revision.Number, revision.State.Slug,
        revision.State.Status.Name(), revision.State.PublishedAt,
        packed
            ? PackedText.Pack(JsonSerializer.SerializeToUtf8Bytes(revision.State.Content, StoreJson.Stored.ArticleContent))
            : JsonSerializer.Serialize(revision.State.Content, StoreJson.Stored.ArticleContent),
        JsonSerializer.Serialize(revision.Changed.ToArray(), StoreJson.Stored.StringArray), revision.At, revision.KeyId, revision.By);
}
