using System.Data.Common;
using Cms.Domain.Articles;
using Cms.Domain.Articles.Body;
using Cms.Domain.Common;
using Cms.Infrastructure.Database;
using Dapper;

namespace Cms.Infrastructure.Articles;

/// <summary>Reads articles straight into the shapes answers need.</summary>
public sealed class SqliteArticleCatalog(ISqlDialect dialect, ArticleLinks links) : IArticleCatalog
{
    private const string Signed = "id IN (SELECT article_id FROM article_authors WHERE author_id = @ownAuthor)";
    private const string Visible = $"(@newsroom OR status = 'published' OR {Signed})";

    // A constant condition per audience lets SQLite walk the publication index instead of sorting every row.
    private static string ListedFor(Audience audience) =>
        audience == Audience.Newsroom ? "1 = 1" : audience.OwnAuthorId is null ? "status = 'published'" : $"(status = 'published' OR {Signed})";

    /// <inheritdoc />
    public async Task<ArticleView?> FindAsync(string key, Audience audience, BodyFormats formats, CancellationToken cancellationToken)
    {
        var sql = $"SELECT {ArticleRow.Columns}{BodyColumns(formats)} FROM articles WHERE (id = @key OR slug = @key) AND {Visible}";
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ArticleRow>(sql,
            new { key = Keys.Normalize(key), newsroom = audience == Audience.Newsroom, ownAuthor = audience.OwnAuthorId });
        if (row is null) return null;
        return (await ViewsAsync(connection, [row], audience, formats))[0];
    }

    /// <inheritdoc />
    public async Task<Page<ArticleView>> ListAsync(PageRequest page, Audience audience, BodyFormats formats, CancellationToken cancellationToken)
    {
        const string order = "ORDER BY COALESCE(published_at, '') DESC, id DESC";
        const string after = "AND (COALESCE(published_at, ''), id) < (@sortValue, @afterId)";
        var sql = $"SELECT {ArticleRow.Columns}{BodyColumns(formats)} FROM articles WHERE {ListedFor(audience)} " +
                  $"{(page.After is null ? "" : after)} {order} LIMIT @take OFFSET @skip";
        var countSql = $"SELECT COUNT(*) FROM articles WHERE {ListedFor(audience)}";
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<ArticleRow>(sql, PageSlice.Parameters(page, audience))).ToList();
        var next = PageSlice.Trim(rows, page.Limit, last => new ListPosition(last.PublishedAt is { } at ? TextColumns.Format(at) : "", last.Id));
        var views = await ViewsAsync(connection, rows, audience, formats);
        int? total = page.PageNumber is null ? null : await connection.ExecuteScalarAsync<int>(countSql, new { ownAuthor = audience.OwnAuthorId });
        return new Page<ArticleView>(views, next, total);
    }

    private static string BodyColumns(BodyFormats formats) =>
        (formats.HasFlag(BodyFormats.Html) ? ", body_html" : "") +
        (formats.HasFlag(BodyFormats.PlainText) ? ", body_text" : "") +
        (formats.HasFlag(BodyFormats.Markdown) ? ", body_markdown_template" : "") +
        (formats.HasFlag(BodyFormats.Blocks) ? ", body_blocks" : "");

    private async Task<List<ArticleView>> ViewsAsync(DbConnection connection, List<ArticleRow> rows, Audience audience, BodyFormats formats)
    {
        const string namesSql = """
            SELECT aa.article_id AS ArticleId, a.id AS Id, a.slug AS Slug, a.name AS Name
            FROM article_authors aa JOIN authors a ON a.id = aa.author_id
            WHERE aa.article_id IN @ids ORDER BY aa.article_id, aa.position;
            SELECT at.article_id AS ArticleId, t.id AS Id, t.slug AS Slug, t.name AS Name
            FROM article_tags at JOIN tags t ON t.id = at.tag_id
            WHERE at.article_id IN @ids AND (@newsroom OR t.visibility = 'public') ORDER BY at.article_id, at.position;
            SELECT ra.article_id AS ArticleId, t.id AS Id, t.slug AS Slug, t.title AS Name, t.published_at AS PublishedAt,
                t.created_at AS CreatedAt, t.status AS Status
            FROM article_read_also ra JOIN articles t ON t.id = ra.target_id
            WHERE ra.article_id IN @ids ORDER BY ra.article_id, ra.position;
            """;
        if (rows.Count == 0) return [];
        using var names = await connection.QueryMultipleAsync(namesSql,
            new { ids = rows.Select(row => row.Id.ToString("D")).ToArray(), newsroom = audience == Audience.Newsroom });
        var authors = (await names.ReadAsync<NameRow>()).ToLookup(name => name.ArticleId);
        var tags = (await names.ReadAsync<NameRow>()).ToLookup(name => name.ArticleId);
        // Published targets are picked here: filtering on status in SQL leads SQLite to scan every published article first.
        var readAlso = (await names.ReadAsync<NameRow>()).Where(name => name.Status == "published").ToLookup(name => name.ArticleId,
            name => new ReadAlsoTeaser(name.Id, name.Slug, name.Name, links.UrlOf(name.Id, name.Slug, name.PublishedAt, name.CreatedAt)));
        return rows.Select(row => new ArticleView(row.Id, row.Slug, row.Title, row.Subtitle, row.Excerpt, row.Language,
            row.ParsedStatus, row.CreatedAt, row.UpdatedAt, row.PublishedAt, row.FirstPublishedAt, row.FeatureImage,
            row.CanonicalUrl, row.WordCount, row.Share,
            authors[row.Id].Select(name => new Byline(name.Id, name.Slug, name.Name)).ToList(),
            tags[row.Id].Select(name => new TagLabel(name.Id, name.Slug, name.Name)).ToList(),
            formats == BodyFormats.None ? null : new StoredBody(row.BodyHtml, row.BodyText, row.BodyBlocks, row.BodyMarkdownTemplate),
            readAlso[row.Id].ToList(), row.Version)).ToList();
    }

    private sealed class NameRow
    {
        public Guid ArticleId { get; init; }
        public Guid Id { get; init; }
        public string Slug { get; init; } = "";
        public string Name { get; init; } = "";
        public DateTimeOffset? PublishedAt { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public string? Status { get; init; }
    }
}
