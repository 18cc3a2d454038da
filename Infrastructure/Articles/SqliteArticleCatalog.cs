using System.Data.Common;
using System.Globalization;
using Cms.Domain.Articles;
using Cms.Domain.Articles.Body;
using Cms.Domain.Articles.Search;
using Cms.Domain.Authors;
using Cms.Domain.Common;
using Cms.Infrastructure.Database;
using Dapper;

namespace Cms.Infrastructure.Articles;

/// <summary>Reads articles straight into the shapes answers need.</summary>
public sealed class SqliteArticleCatalog(ISqlDialect dialect, ArticleLinks links, NameDirectory directory, SearchWindow window, PageMarkers markers,
    SearchFloors floors, PrefixTerms prefixes)
    : IArticleCatalog, ITypesetArticles
{
    /// <summary>Articles signed by the author whose contributor or author key is reading (<see cref="Audience.OwnAuthorId"/>).</summary>
    internal const string Signed = "a.id IN (SELECT article_id FROM article_authors WHERE author_id = @ownAuthor)";

    private const string Visible = $"(@newsroom OR a.status = 'published' OR {Signed})";

    private static readonly Dictionary<string, IReadOnlyList<string>> NoPrefixes = [];

    /// <inheritdoc />
    public async Task<ArticleView?> FindAsync(string key, Audience audience, BodyFormats formats, CancellationToken cancellationToken,
        ArticleIncludes includes = ArticleIncludes.None)
    {
        var sql = $"SELECT {ArticleRow.Columns}{BodyColumns(formats)}{ArticleNames.Columns(includes)} FROM articles a " +
                  $"WHERE {Keys.Condition(key, "a.")} AND {Visible}";
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ArticleRow>(sql,
            new { key = Keys.Normalize(key), newsroom = audience == Audience.Newsroom, ownAuthor = audience.OwnAuthorId });
        if (row is null) return null;
        return (await ViewsAsync(connection, [row], audience, formats, includes))[0];
    }

    /// <inheritdoc />
    public async Task<Page<ArticleView>> ListAsync(ArticleFilter filter, PageRequest page, Audience audience, BodyFormats formats,
        CancellationToken cancellationToken, ArticleIncludes includes = ArticleIncludes.None)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var columns = $"{ArticleRow.Columns}{BodyColumns(formats)}{ArticleNames.Columns(includes)}";
        var (rows, next, total) = await PageAsync(connection, filter, page, audience, _ => columns);
        return new Page<ArticleView>(await ViewsAsync(connection, rows, audience, formats, includes, filter.Search), next, total);
    }

    /// <inheritdoc />
    public async Task<TypesetArticle?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var sql = $"SELECT t.id, t.version, t.updated_at, t.summary, b.body FROM typeset_articles t JOIN typeset_bodies b ON b.entry = t.entry WHERE {Keys.Condition(key, "t.")}";
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return DirectRead.SingleRow(connection, sql, Keys.Normalize(key), row => new TypesetArticle(
            DirectRead.Id(row, 0), SQLitePCL.raw.sqlite3_column_int(row, 1), DirectRead.Instant(row, 2), DirectRead.Bytes(row, 3), DirectRead.Bytes(row, 4)));
    }

    /// <inheritdoc />
    public async Task<Page<TypesetArticle>?> ListAsync(ArticleFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        if (filter.Search is not null) return null;
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var (rows, next, total) = await PageAsync(connection, filter, page, Audience.Public,
            query => $"{query.IdColumn} AS id, (SELECT summary FROM typeset_articles t WHERE t.id = {query.IdColumn}) AS summary", typeset: true);
        if (rows.Any(row => row.Summary is null)) return null;
        return new Page<TypesetArticle>(rows.Select(row => new TypesetArticle(row.Id, 0, default, row.Summary!, [])).ToList(), next, total);
    }

    private async Task<(List<ArticleRow> Rows, ListPosition? Next, int? Total)> PageAsync(DbConnection connection, ArticleFilter filter,
        PageRequest page, Audience audience, Func<ArticleListSql, string> columns, bool typeset = false)
    {
        // A search's prefixes and window floor are read at one version of the content.
        var version = filter.Search is null ? "" : ListVersion.Read(connection);
        var prefixTerms = filter.Search is { } search ? await prefixes.ForAsync(connection, search, version) : NoPrefixes;
        var query = new ArticleListSql(filter, page, audience, window, prefixTerms);
        if (query.Searching) query.Parameters.Add("floor", await floors.FloorAsync(connection, query, version));
        var marks = page.PageNumber is null || query.Searching ? null : await markers.ForAsync(connection, query);
        var rows = await RowsAsync(connection, query, page, filter, columns, marks, typeset);
        if (marks is not null && !PageMarkers.Hold(connection, marks))
        {
            // The list changed while the page was read: read it again from the top, as if no markers were kept.
            (query, marks) = (new ArticleListSql(filter, page, audience, window, prefixTerms), null);
            rows = await RowsAsync(connection, query, page, filter, columns, null, typeset);
        }
        var next = PageSlice.Trim(rows, page.Limit, last => new ListPosition(
            query.Relevance ? last.Rank!.Value.ToString("R", CultureInfo.InvariantCulture) : last.SortKey ?? "", last.Id));
        int? total = page.PageNumber is null ? null : marks?.Total ?? await connection.ExecuteScalarAsync<int>(query.Count(), query.Parameters);
        return (rows, next, total);
    }

    // A typeset page's rows (id, summary, sort key) are read straight on SQLite (DirectRead): Dapper's mapping was 7 % of
    // a cold page.
    private static async Task<List<ArticleRow>> RowsAsync(DbConnection connection, ArticleListSql query, PageRequest page, ArticleFilter filter,
        Func<ArticleListSql, string> columns, PageMarkers.Marks? marks, bool typeset)
    {
        const string searched = ", article_search.body AS searched_body, article_search.title AS searched_title, article_search.subtitle AS searched_subtitle";
        var (after, skip) = marks?.Start(query.Parameters.Get<int>("skip")) ?? (page.After, 0);
        if (marks is not null && after is not null) query.StartAfter(after, skip);
        var sql = query.Select(columns(query), filter.Search is null ? "" : searched, after is not null);
        if (typeset)
        {
            return DirectRead.Rows(connection, sql, query.Parameters, row => new ArticleRow
            {
                Id = DirectRead.Id(row, 0), Summary = DirectRead.BytesOrNull(row, 1), SortKey = DirectRead.TextOrNull(row, 2),
            });
        }
        return (await connection.QueryAsync<ArticleRow>(sql, query.Parameters)).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ArticleView>> FindManyAsync(IReadOnlyList<Guid> ids, Audience audience, BodyFormats formats,
        CancellationToken cancellationToken)
    {
        if (ids.Count == 0) return [];
        var sql = $"SELECT {ArticleRow.Columns}{BodyColumns(formats)}{ArticleNames.Columns(ArticleIncludes.None)} FROM articles a " +
                  $"WHERE a.id IN (SELECT value FROM json_each(@ids)) AND {Visible}";
        var position = ids.Distinct().Select((id, index) => (id, index)).ToDictionary(pair => pair.id, pair => pair.index);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<ArticleRow>(sql,
                new { ids = "[" + string.Join(',', position.Keys.Select(id => $"\"{id:D}\"")) + "]", newsroom = audience == Audience.Newsroom,
                    ownAuthor = audience.OwnAuthorId }))
            .OrderBy(row => position[row.Id]).ToList();
        return await ViewsAsync(connection, rows, audience, formats, ArticleIncludes.None);
    }

    // The HTML as stored; the Markdown template for the Markdown, and for the plain text and blocks set from it.
    private static string BodyColumns(BodyFormats formats) =>
        (formats.HasFlag(BodyFormats.Html) ? ", (SELECT b.html FROM article_bodies b WHERE b.article_id = a.id) AS stored_html" : "") +
        ((formats & (BodyFormats.Markdown | BodyFormats.PlainText | BodyFormats.Blocks)) != 0
            ? $", (SELECT {SqliteArticleStore.Template} FROM article_bodies b WHERE b.article_id = a.id) AS body_markdown_template"
            : "");

    private static StoredBody? Body(ArticleRow row, BodyFormats formats)
    {
        if (formats == BodyFormats.None) return null;
        var (wantsText, wantsBlocks) = (formats.HasFlag(BodyFormats.PlainText), formats.HasFlag(BodyFormats.Blocks));
        var (text, blocks) = wantsText || wantsBlocks ? ArticleBody.Typeset(row.BodyMarkdownTemplate ?? "", wantsText, wantsBlocks) : ("", "");
        return new StoredBody(row.StoredHtml?.Text, wantsText ? text : null, wantsBlocks ? blocks : null,
            formats.HasFlag(BodyFormats.Markdown) ? row.BodyMarkdownTemplate : null);
    }

    private async Task<List<ArticleView>> ViewsAsync(DbConnection connection, List<ArticleRow> rows, Audience audience, BodyFormats formats,
        ArticleIncludes includes, SearchQuery? search = null)
    {
        if (rows.Count == 0) return [];
        var names = await directory.AtAsync(rows.Max(row => row.NamesVersion), connection);
        var newsroom = audience == Audience.Newsroom;
        return rows.Select(row => new ArticleView(row.Id, row.Slug, row.Title, row.Subtitle, row.Excerpt, row.Language, row.ParsedStatus,
            row.CreatedAt, row.UpdatedAt, row.PublishedAt, row.FirstPublishedAt, row.FeatureImage, row.CanonicalUrl, row.WordCount, row.Share,
            names.Bylines(row.AuthorIds, includes.HasFlag(ArticleIncludes.Authors)),
            names.Labels(row.TagIds, newsroom, includes.HasFlag(ArticleIncludes.Tags)),
            Body(row, formats),
            ArticleNames.ReadAlso(row, includes, links), row.Version)
        {
            Hit = search is null ? null
                : new SearchHit(SnippetWriter.Write(search, row.SearchedBody, row.Excerpt, row.SearchedSubtitle, row.SearchedTitle) ?? row.Excerpt,
                    -row.Rank),
        }).ToList();
    }
}
