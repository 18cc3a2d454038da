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
public sealed class SqliteArticleCatalog(ISqlDialect dialect, ArticleLinks links) : IArticleCatalog
{
    /// <summary>Articles signed by the author whose contributor or author key is reading (<see cref="Audience.OwnAuthorId"/>).</summary>
    internal const string Signed = "a.id IN (SELECT article_id FROM article_authors WHERE author_id = @ownAuthor)";

    private const string Visible = $"(@newsroom OR a.status = 'published' OR {Signed})";

    /// <inheritdoc />
    public async Task<ArticleView?> FindAsync(string key, Audience audience, BodyFormats formats, CancellationToken cancellationToken,
        ArticleIncludes includes = ArticleIncludes.None)
    {
        var sql = $"SELECT {ArticleRow.Columns}{BodyColumns(formats)} FROM articles a WHERE (a.id = @key OR a.slug = @key) AND {Visible}";
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
        var query = new ArticleListSql(filter, page, audience);
        const string searched = ", article_search.body AS searched_body, article_search.title AS searched_title, article_search.subtitle AS searched_subtitle";
        var snippet = filter.Search is null ? "" : searched;
        var sql = query.Select($"{ArticleRow.Columns}{BodyColumns(formats)}", snippet, page.After is not null);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        if (query.Searching) query.Parameters.Add("floor", await connection.ExecuteScalarAsync<long>(ArticleListSql.FloorSql, query.Parameters));
        var rows = (await connection.QueryAsync<ArticleRow>(sql, query.Parameters)).ToList();
        var next = PageSlice.Trim(rows, page.Limit, last => new ListPosition(
            query.Relevance ? last.Rank!.Value.ToString("R", CultureInfo.InvariantCulture) : last.SortKey ?? "", last.Id));
        var views = await ViewsAsync(connection, rows, audience, formats, includes, filter.Search);
        int? total = page.PageNumber is null ? null : await connection.ExecuteScalarAsync<int>(query.Count(), query.Parameters);
        return new Page<ArticleView>(views, next, total);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ArticleView>> FindManyAsync(IReadOnlyList<Guid> ids, Audience audience, BodyFormats formats,
        CancellationToken cancellationToken)
    {
        if (ids.Count == 0) return [];
        var sql = $"SELECT {ArticleRow.Columns}{BodyColumns(formats)} FROM articles a WHERE a.id IN (SELECT value FROM json_each(@ids)) AND {Visible}";
        var position = ids.Distinct().Select((id, index) => (id, index)).ToDictionary(pair => pair.id, pair => pair.index);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<ArticleRow>(sql,
                new { ids = "[" + string.Join(',', position.Keys.Select(id => $"\"{id:D}\"")) + "]", newsroom = audience == Audience.Newsroom,
                    ownAuthor = audience.OwnAuthorId }))
            .OrderBy(row => position[row.Id]).ToList();
        return await ViewsAsync(connection, rows, audience, formats, ArticleIncludes.None);
    }

    private static string BodyColumns(BodyFormats formats) =>
        (formats.HasFlag(BodyFormats.Html) ? Body("html", "body_html") : "") +
        (formats.HasFlag(BodyFormats.PlainText) ? Body("plain_text", "body_text") : "") +
        (formats.HasFlag(BodyFormats.Markdown) ? Body("markdown_template", "body_markdown_template") : "") +
        (formats.HasFlag(BodyFormats.Blocks) ? Body("blocks", "body_blocks") : "");

    private static string Body(string column, string name) => $", (SELECT b.{column} FROM article_bodies b WHERE b.article_id = a.id) AS {name}";

    private async Task<List<ArticleView>> ViewsAsync(DbConnection connection, List<ArticleRow> rows, Audience audience, BodyFormats formats,
        ArticleIncludes includes, SearchQuery? search = null)
    {
        if (rows.Count == 0) return [];
        var profile = includes.HasFlag(ArticleIncludes.Authors)
            ? ", a.bio AS Bio, a.avatar_url AS AvatarUrl, a.job_title AS JobTitle, a.website AS Website, a.x AS X, a.facebook AS Facebook, " +
              "a.linkedin AS Linkedin, a.instagram AS Instagram, a.mastodon AS Mastodon, a.bluesky AS Bluesky"
            : "";
        var description = includes.HasFlag(ArticleIncludes.Tags) ? ", t.description AS Description" : "";
        var teaser = includes.HasFlag(ArticleIncludes.ReadAlso)
            ? ", t.excerpt AS Excerpt, t.image_url AS ImageUrl, t.image_alt AS ImageAlt, t.image_caption AS ImageCaption, " +
              "t.image_credit AS ImageCredit, t.image_width AS ImageWidth, t.image_height AS ImageHeight"
            : "";
        var namesSql = $"""
            SELECT aa.article_id AS ArticleId, a.id AS Id, a.slug AS Slug, a.name AS Name{profile}
            FROM article_authors aa JOIN authors a ON a.id = aa.author_id
            WHERE aa.article_id IN (SELECT value FROM json_each(@ids)) ORDER BY aa.article_id, aa.position;
            SELECT at.article_id AS ArticleId, t.id AS Id, t.slug AS Slug, t.name AS Name{description}
            FROM article_tags at JOIN tags t ON t.id = at.tag_id
            WHERE at.article_id IN (SELECT value FROM json_each(@ids)) AND (@newsroom OR t.visibility = 'public') ORDER BY at.article_id, at.position;
            SELECT ra.article_id AS ArticleId, t.id AS Id, t.slug AS Slug, t.title AS Name, t.published_at AS PublishedAt,
                t.created_at AS CreatedAt, t.status AS Status{teaser}
            FROM article_read_also ra JOIN articles t ON t.id = ra.target_id
            WHERE ra.article_id IN (SELECT value FROM json_each(@ids)) ORDER BY ra.article_id, ra.position;
            """;
        using var names = await connection.QueryMultipleAsync(namesSql,
            new { ids = IdList(rows), newsroom = audience == Audience.Newsroom });
        var authors = (await names.ReadAsync<NameRow>()).ToLookup(name => name.ArticleId, name => new Byline(name.Id, name.Slug, name.Name)
        {
            Profile = profile.Length == 0 ? null : new AuthorProfile(name.Name, name.Bio, name.AvatarUrl, name.JobTitle, name.Website,
                new SocialProfiles(name.X, name.Facebook, name.Linkedin, name.Instagram, name.Mastodon, name.Bluesky), null),
        });
        var tags = (await names.ReadAsync<NameRow>()).ToLookup(name => name.ArticleId,
            name => new TagLabel(name.Id, name.Slug, name.Name) { Description = name.Description });
        // Published targets are picked here: filtering on status in SQL leads SQLite to scan every published article first.
        var readAlso = (await names.ReadAsync<NameRow>()).Where(name => name.Status == "published").ToLookup(name => name.ArticleId,
            name => new ReadAlsoTeaser(name.Id, name.Slug, name.Name, links.UrlOf(name.Id, name.Slug, name.PublishedAt, name.CreatedAt))
            {
                Excerpt = name.Excerpt,
                PublishedAt = teaser.Length == 0 ? null : name.PublishedAt,
                FeatureImage = name.ImageUrl is null ? null
                    : new FeatureImage(name.ImageUrl, name.ImageAlt, name.ImageCaption, name.ImageCredit, name.ImageWidth, name.ImageHeight),
            });
        return rows.Select(row => new ArticleView(row.Id, row.Slug, row.Title, row.Subtitle, row.Excerpt, row.Language,
            row.ParsedStatus, row.CreatedAt, row.UpdatedAt, row.PublishedAt, row.FirstPublishedAt, row.FeatureImage,
            row.CanonicalUrl, row.WordCount, row.Share, authors[row.Id].ToList(), tags[row.Id].ToList(),
            formats == BodyFormats.None ? null : new StoredBody(row.BodyHtml, row.BodyText, row.BodyBlocks, row.BodyMarkdownTemplate),
            readAlso[row.Id].ToList(), row.Version)
        {
            Hit = search is null ? null
                : new SearchHit(SnippetWriter.Write(search, row.SearchedBody, row.Excerpt, row.SearchedSubtitle, row.SearchedTitle) ?? row.Excerpt,
                    -row.Rank),
        }).ToList();
    }

    // The ids as one JSON array parameter: the statement's text stays the same whatever the page size.
    private static string IdList(List<ArticleRow> rows) => "[" + string.Join(',', rows.Select(row => $"\"{row.Id:D}\"")) + "]";

    private sealed class NameRow
    {
        public Guid ArticleId { get; init; }
        public Guid Id { get; init; }
        public string Slug { get; init; } = "";
        public string Name { get; init; } = "";
        public DateTimeOffset? PublishedAt { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public string? Status { get; init; }
        public string? Bio { get; init; }
        public string? AvatarUrl { get; init; }
        public string? JobTitle { get; init; }
        public string? Website { get; init; }
        public string? X { get; init; }
        public string? Facebook { get; init; }
        public string? Linkedin { get; init; }
        public string? Instagram { get; init; }
        public string? Mastodon { get; init; }
        public string? Bluesky { get; init; }
        public string? Description { get; init; }
        public string? Excerpt { get; init; }
        public string? ImageUrl { get; init; }
        public string? ImageAlt { get; init; }
        public string? ImageCaption { get; init; }
        public string? ImageCredit { get; init; }
        public int? ImageWidth { get; init; }
        public int? ImageHeight { get; init; }
    }
}
