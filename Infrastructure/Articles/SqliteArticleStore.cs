using System.Data.Common;
using System.Text.Json;
using Cms.Domain.Articles;
using Cms.Domain.Articles.Body;
using Cms.Domain.Common;
using Cms.Domain.Exchange;
using Cms.Domain.Webhooks;
using Cms.Infrastructure.Database;
using Cms.Infrastructure.Translations;
using Cms.Infrastructure.Webhooks;
using Dapper;

namespace Cms.Infrastructure.Articles;

/// <summary>Writes articles whole: the row, its author, tag and read-also links, in one transaction.</summary>
public sealed class SqliteArticleStore(ISqlDialect dialect) : IArticleStore
{
    private const string InsertSql = """
        INSERT INTO articles (id, slug, title, subtitle, excerpt, language, status, created_at, updated_at, published_at,
            first_published_at, image_url, image_alt, image_caption, image_credit, image_width, image_height, canonical_url,
            word_count, meta_title, meta_description, og_title, og_description, og_image, twitter_title, twitter_description, twitter_image, twitter_card, hashtags, version,
            sort_title)
        VALUES (@Id, @Slug, @Title, @Subtitle, @Excerpt, @Language, @Status, @CreatedAt, @UpdatedAt, @PublishedAt,
            @FirstPublishedAt, @ImageUrl, @ImageAlt, @ImageCaption, @ImageCredit, @ImageWidth, @ImageHeight, @CanonicalUrl,
            @WordCount, @MetaTitle, @MetaDescription, @OgTitle, @OgDescription, @OgImage, @TwitterTitle, @TwitterDescription, @TwitterImage, @TwitterCard, @Hashtags, @Version,
            @SortTitle)
        """;

    private const string UpdateContentSql = """
        UPDATE articles SET slug = @Slug, title = @Title, subtitle = @Subtitle, excerpt = @Excerpt, language = @Language,
            status = @Status, updated_at = @UpdatedAt, published_at = @PublishedAt, first_published_at = @FirstPublishedAt,
            image_url = @ImageUrl, image_alt = @ImageAlt, image_caption = @ImageCaption, image_credit = @ImageCredit,
            image_width = @ImageWidth, image_height = @ImageHeight, canonical_url = @CanonicalUrl, word_count = @WordCount,
            meta_title = @MetaTitle, meta_description = @MetaDescription,
            og_title = @OgTitle, og_description = @OgDescription, og_image = @OgImage, twitter_title = @TwitterTitle,
            twitter_description = @TwitterDescription, twitter_image = @TwitterImage, twitter_card = @TwitterCard,
            hashtags = @Hashtags, version = @Version, sort_title = @SortTitle
        WHERE id = @Id AND version = @LoadedVersion
        """;

    // The template is kept only when teasers make it differ from the Markdown.
    private const string BodySql = """
        INSERT INTO article_bodies (article_id, html, markdown_template, markdown)
        VALUES (@Id, @BodyHtml, NULLIF(@BodyMarkdownTemplate, @BodyMarkdown), @BodyMarkdown)
        ON CONFLICT (article_id) DO UPDATE SET html = excluded.html, markdown_template = excluded.markdown_template, markdown = excluded.markdown
        """;

    /// <summary>The article's row joined to its stored bodies, for the queries that read them.</summary>
    internal const string WithBodies = "articles a JOIN article_bodies b ON b.article_id = a.id";

    /// <summary>The body's Markdown template, teasers as markers (<see cref="RenderedBody.Markdown"/>), from the bodies <c>b</c>.</summary>
    internal const string Template = "COALESCE(b.markdown_template, b.markdown)";

    private const string UpdateWorkflowSql = """
        UPDATE articles SET status = @Status, updated_at = @UpdatedAt, published_at = @PublishedAt,
            first_published_at = @FirstPublishedAt, version = @Version
        WHERE id = @Id AND version = @LoadedVersion
        """;

    private static readonly string[] ClearLinksSql =
    [
        "DELETE FROM article_authors WHERE article_id = @Id",
        "DELETE FROM article_tags WHERE article_id = @Id",
        "DELETE FROM article_read_also WHERE article_id = @Id",
    ];

    /// <inheritdoc />
    public async Task<Article?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var sql = $"SELECT {ArticleRow.Columns}, b.markdown AS body_markdown FROM {WithBodies} WHERE {Keys.Condition(key, "a.")}";
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ArticleRow>(sql, new { key = Keys.Normalize(key) });
        return row is null ? null : (await RestoreAsync(connection, [row]))[0];
    }

    /// <summary>The articles a bulk import writes, whole, found by slug or external id, with their body templates.</summary>
    internal static async Task<IReadOnlyList<StoredArticle>> MatchAsync(DbConnection connection, KeySet keys)
    {
        const string sql = $"""
            SELECT {ArticleRow.Columns}, b.markdown AS body_markdown, {Template} AS body_markdown_template, a.external_id
            FROM {WithBodies}
            WHERE a.slug IN (SELECT value FROM json_each(@slugs)) OR a.external_id IN (SELECT value FROM json_each(@externalIds))
            """;
        if (keys.Slugs.Count + keys.ExternalIds.Count == 0) return [];
        var rows = (await connection.QueryAsync<ArticleRow>(sql, new { slugs = ValueList.Of(keys.Slugs), externalIds = ValueList.Of(keys.ExternalIds) })).ToList();
        var articles = await RestoreAsync(connection, rows);
        return rows.Select((row, i) => new StoredArticle(articles[i], row.BodyMarkdownTemplate ?? "", row.ExternalId)).ToList();
    }

    /// <summary>The articles teasers name, by slug or id, as keys.</summary>
    internal static async Task<IReadOnlyList<ArticleKey>> KeysAsync(DbConnection connection, KeySet keys)
    {
        const string sql = """
            SELECT id AS Id, slug AS Slug, external_id AS ExternalId FROM articles
            WHERE slug IN (SELECT value FROM json_each(@slugs)) OR id IN (SELECT value FROM json_each(@ids))
            """;
        if (keys.Slugs.Count + keys.Ids.Count == 0) return [];
        var rows = await connection.QueryAsync<(Guid Id, string Slug, string? ExternalId)>(sql,
            new { slugs = ValueList.Of(keys.Slugs), ids = ValueList.Of(keys.Ids) });
        return rows.Select(row => new ArticleKey(row.Id, row.Slug, row.ExternalId)).ToList();
    }

    /// <summary>Sets the external id a script chose for an article, inside the caller's transaction.</summary>
    internal Failure? KeepExternalId(PreparedStatements statements, Guid id, string externalId) =>
        ExternalIds.Keep(dialect, statements, "articles", "article", id, externalId);

    private static async Task<List<Article>> RestoreAsync(DbConnection connection, List<ArticleRow> rows)
    {
        const string linksSql = """
            SELECT article_id AS ArticleId, author_id AS TargetId FROM article_authors WHERE article_id IN (SELECT value FROM json_each(@ids)) ORDER BY article_id, position;
            SELECT article_id AS ArticleId, tag_id AS TargetId FROM article_tags WHERE article_id IN (SELECT value FROM json_each(@ids)) ORDER BY article_id, position;
            """;
        if (rows.Count == 0) return [];
        using var links = await connection.QueryMultipleAsync(linksSql, new { ids = ValueList.Of(rows.Select(row => row.Id)) });
        var authors = (await links.ReadAsync<StoredLink>()).ToLookup(link => link.ArticleId, link => link.TargetId);
        var tags = (await links.ReadAsync<StoredLink>()).ToLookup(link => link.ArticleId, link => link.TargetId);
        return rows.Select(row => Article.Restore(row.Id, row.Slug, row.Content(authors[row.Id].ToList(), tags[row.Id].ToList()), row.ParsedStatus,
            row.CreatedAt, row.UpdatedAt, row.PublishedAt, row.FirstPublishedAt, row.Version)).ToList();
    }

    /// <inheritdoc />
    public async Task<bool> SlugTakenAsync(string slug, Guid? except, CancellationToken cancellationToken)
    {
        const string sql = "SELECT EXISTS (SELECT 1 FROM articles WHERE slug = @slug AND id IS NOT @except)";
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(sql, new { slug, except });
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, Guid>> FindIdsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        const string sql = "SELECT id, slug FROM articles WHERE id IN @keys OR slug IN @keys";
        return await Keys.ResolveAsync(dialect, sql, keys, cancellationToken);
    }

    /// <inheritdoc />
    public Task<Failure?> InsertAsync(Article article, RenderedBody body, ArticleRevision revision, NewsroomEvent change,
        CancellationToken cancellationToken) =>
        QueueAsync(Prepare(article, body, null, revision, change, packed: false), cancellationToken);

    /// <inheritdoc />
    public Task<Failure?> UpdateAsync(Article article, RenderedBody? body, int loadedVersion, ArticleRevision revision, NewsroomEvent change,
        CancellationToken cancellationToken) =>
        QueueAsync(Prepare(article, body, loadedVersion, revision, change, packed: false), cancellationToken);

    private Task<Failure?> QueueAsync(PreparedArticle article, CancellationToken cancellationToken) =>
        dialect.WriteQueuedAsync(statements => Task.FromResult(Write(statements, article)), cancellationToken);

    /// <summary>
    /// Everything an article's write binds, made before the write waits for the writer: the row, the links, the search
    /// entry's body text and the revision. The writer only binds and runs the statements. When <paramref name="packed"/>,
    /// the HTML and the revision's snapshot are kept packed (<see cref="PackedText"/>): an import packs its batches while
    /// the writer commits the batch before, where a single write would pay for it on its own request (creates ran 5–10 %
    /// slower).
    /// </summary>
    internal static PreparedArticle Prepare(Article article, RenderedBody? body, int? loadedVersion, ArticleRevision revision, NewsroomEvent change,
        bool packed)
    {
        var content = article.Content;
        return new PreparedArticle(Parameters(article, body, loadedVersion ?? 0, packed), loadedVersion is null, body is not null,
            Links(article.Id, content.AuthorIds), Links(article.Id, content.TagIds),
            body is null ? [] : Links(article.Id, ReadAlsoSplice.Targets(body.Html)),
            body is null ? null : ReadAlsoSplice.PlainText(body.PlainText, NoTeasers, content.Language),
            StoredRevision.Of(revision, packed), change);
    }

    /// <summary>
    /// Stores a prepared article, its links, revision and event inside a transaction the caller owns (one article, or a whole
    /// import batch, which shares the prepared statements): inserted when new, else changed if it is still at the version
    /// it was loaded at. A conflict when its slug is taken. The caller finishes the statements
    /// (<see cref="PreparedStatements.Finish"/>) before it commits.
    /// </summary>
    internal Failure? Write(PreparedStatements statements, PreparedArticle article)
    {
        var row = article.Row;
        try
        {
            if (article.IsNew) statements.Execute(InsertSql, row);
            else if (statements.Execute(article.HasBody ? UpdateContentSql : UpdateWorkflowSql, row) == 0) return Failure.Stale("article");
            // Checked again here: another write may have grouped the article with one in its new language since the desk looked.
            else if (article.HasBody && statements.Scalar(SqliteTranslationStore.LanguageHolderSql, row) is string holder)
                return ArticlePreparation.LanguageHeld(holder);
            if (article.HasBody)
            {
                statements.Execute(BodySql, row);
                if (!article.IsNew) foreach (var clear in ClearLinksSql) statements.Execute(clear, new { row.Id });
                // Each link is written only if what it names is still there: another request may have deleted it since the desk looked.
                if (Gone(statements, InsertBylineSql, article.Bylines) is { } author) return KeyResolution.Unknown("authors", author.Position, "author", author.Key);
                if (Gone(statements, InsertTagSql, article.Tags) is { } tag) return KeyResolution.Unknown("tags", tag.Position, "tag", tag.Key);
                if (Gone(statements, InsertReadAlsoSql, article.ReadAlso) is { } target) return ArticlePreparation.UnknownTeaser(target.Key);
                SearchIndex.Refresh(statements, row.Id, article.SearchText!);
            }
            SqliteArticleRevisions.Insert(statements, article.Revision);
            Outbox.Record(statements, article.Change);
        }
        catch (DbException e) when (dialect.IsUniqueViolation(e))
        {
            return Failure.SlugTaken("article", row.Slug);
        }
        return null;
    }

    /// <inheritdoc />
    public Task<Failure?> DeleteAsync(Guid id, int loadedVersion, DateTimeOffset at, NewsroomEvent change, CancellationToken cancellationToken)
    {
        const string tombstoneSql = """
            INSERT INTO article_tombstones (id, slug, deleted_at, was_public)
            SELECT id, slug, @at, first_published_at IS NOT NULL FROM articles WHERE id = @id AND version = @loadedVersion
            """;
        const string sql = "DELETE FROM articles WHERE id = @id AND version = @loadedVersion";
        return dialect.WriteAsync(async (connection, transaction) =>
        {
            await connection.ExecuteAsync(tombstoneSql, new { id, loadedVersion, at }, transaction);
            if (await connection.ExecuteAsync(sql, new { id, loadedVersion }, transaction) == 0) return Failure.Stale("article");
            await Outbox.RecordAsync(connection, transaction, change);
            return null;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<Guid>> FindDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT id FROM articles WHERE status = 'scheduled' AND COALESCE(published_at, '') <= @now
            ORDER BY COALESCE(published_at, ''), id
            """;
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<Guid>(sql, new { now })).ToList();
    }

    private static readonly Dictionary<Guid, ReadAlsoTeaser> NoTeasers = [];

    private static readonly string InsertBylineSql = LinkInsert("article_authors", "author_id", "authors");
    private static readonly string InsertTagSql = LinkInsert("article_tags", "tag_id", "tags");

    // A byline or tag link carries its article's status and publication time from the insert that writes it.
    private static string LinkInsert(string table, string targetColumn, string targets) => $"""
        INSERT INTO {table} (article_id, position, {targetColumn}, status, published_at)
        SELECT @ArticleId, @Position, @TargetId, status, COALESCE(published_at, '') FROM articles
        WHERE id = @ArticleId AND EXISTS (SELECT 1 FROM {targets} WHERE id = @TargetId)
        """;

    private const string InsertReadAlsoSql = """
        INSERT INTO article_read_also (article_id, position, target_id)
        SELECT @ArticleId, @Position, @TargetId WHERE EXISTS (SELECT 1 FROM articles WHERE id = @TargetId)
        """;

    // Writes the links; the first whose target is gone, as its position and id, or null when all were written.
    private static (int Position, string Key)? Gone(PreparedStatements statements, string sql, Link[] links)
    {
        foreach (var link in links)
        {
            if (statements.Execute(sql, link) == 0) return (link.Position, link.TargetId.ToString("D"));
        }
        return null;
    }

    private static Link[] Links(Guid articleId, IEnumerable<Guid> targets) =>
        targets.Select((target, position) => new Link(articleId, position, target)).ToArray();

    private sealed record StoredLink(Guid ArticleId, Guid TargetId);

    private static ArticleRow Parameters(Article article, RenderedBody? body, int loadedVersion, bool packed)
    {
        var content = article.Content;
        var share = content.Share;
        var image = content.FeatureImage;
        return new ArticleRow
        {
            Id = article.Id, Slug = article.Slug, Title = content.Title, Subtitle = content.Subtitle, Excerpt = content.Excerpt,
            Language = content.Language, Status = article.Status.Name(), CreatedAt = article.CreatedAt, UpdatedAt = article.UpdatedAt,
            PublishedAt = article.PublishedAt, FirstPublishedAt = article.FirstPublishedAt, ImageUrl = image?.Url, ImageAlt = image?.Alt,
            ImageCaption = image?.Caption, ImageCredit = image?.Credit, ImageWidth = image?.Width, ImageHeight = image?.Height,
            CanonicalUrl = content.CanonicalUrl, WordCount = body?.WordCount ?? 0, BodyMarkdown = content.Body,
            BodyMarkdownTemplate = body?.Markdown, BodyHtml = body is null ? null : packed ? PackedText.Pack(body.Html) : body.Html,
            MetaTitle = share.MetaTitle, MetaDescription = share.MetaDescription, OgTitle = share.OgTitle,
            OgDescription = share.OgDescription, OgImage = share.OgImage, TwitterTitle = share.TwitterTitle,
            TwitterDescription = share.TwitterDescription, TwitterImage = share.TwitterImage, TwitterCard = share.TwitterCard,
            Hashtags = JsonSerializer.Serialize(share.Hashtags.ToArray(), StoreJson.Stored.StringArray),
            Version = article.Version, LoadedVersion = loadedVersion, SortTitle = SortName.Of(content.Title),
        };
    }
}

/// <summary>An author, tag or read-also link of an article, at its position.</summary>
internal sealed record Link(Guid ArticleId, int Position, Guid TargetId);

/// <summary>An article's write made ready by <see cref="SqliteArticleStore.Prepare"/>.</summary>
/// <param name="Row">The article's row and body.</param>
/// <param name="IsNew">True for an insert, false for a change at the row's loaded version.</param>
/// <param name="HasBody">False for a change of workflow alone, which leaves the body, links and search entry as they are.</param>
/// <param name="Bylines">The author links.</param>
/// <param name="Tags">The tag links.</param>
/// <param name="ReadAlso">The read-also links.</param>
/// <param name="SearchText">The search entry's body text, when the body is written.</param>
/// <param name="Revision">The revision's row.</param>
/// <param name="Change">The event of the change.</param>
internal sealed record PreparedArticle(ArticleRow Row, bool IsNew, bool HasBody, Link[] Bylines, Link[] Tags, Link[] ReadAlso, string? SearchText,
    StoredRevision Revision, NewsroomEvent Change);
