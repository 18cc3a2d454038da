using System.Data.Common;
using Cms.Domain.Articles;
using Cms.Domain.Articles.Body;
using Cms.Domain.Exchange;
using Cms.Infrastructure.Articles;
using Cms.Infrastructure.Database;
using Dapper;
using SQLitePCL;

namespace Cms.Infrastructure.Exchange;

/// <summary>An article as exported, with its place in the export and the id and place of each article its teasers point at.</summary>
internal sealed record ExportedArticle(string Id, string Position, ArticleRecord Record, IReadOnlyList<(string Id, string Position)> TeaserTargets);

/// <summary>
/// Reads the articles an export holds, a page at a time by creation time then slug, with their bylines, tags and teasers by
/// slug, every page in the export's <paramref name="snapshot"/>: bylines and tags are named as the snapshot has them, not
/// as the name directory may have them since. A place is the stored creation time (fixed width) and the slug, so places
/// compare as text.
/// </summary>
internal sealed class ArticlePages(DbConnection connection, DbTransaction snapshot, ExportFilter filter, NameDirectory directory)
{
    private const int PageSize = 500;

    private const string TeasersSql = """
        SELECT ra.article_id AS ArticleId, ra.target_id AS TargetId, t.slug AS Slug, t.created_at AS CreatedAt FROM article_read_also ra
        JOIN articles t ON t.id = ra.target_id WHERE ra.article_id IN (SELECT value FROM json_each(@ids)) ORDER BY ra.article_id, ra.position;
        """;

    private readonly string? status = filter.Status?.Name();
    private readonly string? since = filter.UpdatedSince is { } updated ? TextColumns.Format(updated) : null;

    // One version for the whole export, since every page reads the same snapshot.
    private NameDirectory.Snapshot? names;

    /// <summary>The page after the place <paramref name="after"/>, or the one article <paramref name="only"/> if the export holds it.</summary>
    public async Task<List<ExportedArticle>> ReadAsync(string? after, string? only)
    {
        var where = only is not null ? "a.id = @only" : after is null ? "1 = 1" : "(a.created_at, a.slug) > (@afterCreated, @afterSlug)";
        var sql = $"""
            SELECT {ArticleRow.Columns}, {SqliteArticleStore.Template}, a.external_id{ArticleNames.LinkIdColumns}
            FROM {SqliteArticleStore.WithBodies}
            WHERE {where} AND (@status IS NULL OR a.status = @status) AND (@since IS NULL OR a.updated_at >= @since)
            ORDER BY a.created_at, a.slug LIMIT {PageSize}
            """;
        var arguments = new DynamicParameters();
        arguments.Add("status", status);
        arguments.Add("since", since);
        arguments.Add("afterCreated", after?[..Separator(after)]);
        arguments.Add("afterSlug", after?[(Separator(after) + 1)..]);
        arguments.Add("only", only);
        var rows = DirectRead.Rows(connection, sql, arguments, Read);
        if (rows.Count == 0) return [];
        var version = rows[0].NamesVersion;
        if (names?.Version != version) names = await directory.AsOfAsync(version, connection, snapshot);
        var teasers = (await connection.QueryAsync<Named>(TeasersSql, new { ids = ValueList.Of(rows.Select(row => row.Id)) }, snapshot))
            .ToLookup(name => name.ArticleId);
        return rows.Select(row => Export(row, names.AuthorSlugs(row.AuthorIds), names.TagSlugs(row.TagIds), teasers[row.Id].ToList())).ToList();
    }

    // A row of the page's query: ArticleRow.Columns in their order, then the body's template, the external id and the link ids.
    // Read straight from SQLite, as a list page's rows are: mapping each column through ADO.NET and Dapper took a fifth of an
    // export's reading.
    private static ArticleRow Read(sqlite3_stmt row) => new()
    {
        Id = DirectRead.Id(row, 0), Slug = DirectRead.Text(row, 1), Title = DirectRead.Text(row, 2), Subtitle = DirectRead.TextOrNull(row, 3),
        Excerpt = DirectRead.Text(row, 4), Language = DirectRead.Text(row, 5), Status = DirectRead.Text(row, 6),
        CreatedAt = DirectRead.Instant(row, 7), UpdatedAt = DirectRead.Instant(row, 8), PublishedAt = DirectRead.InstantOrNull(row, 9),
        FirstPublishedAt = DirectRead.InstantOrNull(row, 10), ImageUrl = DirectRead.TextOrNull(row, 11), ImageAlt = DirectRead.TextOrNull(row, 12),
        ImageCaption = DirectRead.TextOrNull(row, 13), ImageCredit = DirectRead.TextOrNull(row, 14), ImageWidth = DirectRead.NumberOrNull(row, 15),
        ImageHeight = DirectRead.NumberOrNull(row, 16), CanonicalUrl = DirectRead.TextOrNull(row, 17), WordCount = raw.sqlite3_column_int(row, 18),
        MetaTitle = DirectRead.TextOrNull(row, 19), MetaDescription = DirectRead.TextOrNull(row, 20), OgTitle = DirectRead.TextOrNull(row, 21),
        OgDescription = DirectRead.TextOrNull(row, 22), OgImage = DirectRead.TextOrNull(row, 23), TwitterTitle = DirectRead.TextOrNull(row, 24),
        TwitterDescription = DirectRead.TextOrNull(row, 25), TwitterImage = DirectRead.TextOrNull(row, 26), TwitterCard = DirectRead.TextOrNull(row, 27),
        Hashtags = DirectRead.Text(row, 28), Version = raw.sqlite3_column_int(row, 29),
        BodyMarkdownTemplate = DirectRead.TextOrNull(row, 30), ExternalId = DirectRead.TextOrNull(row, 31),
        AuthorIds = DirectRead.TextOrNull(row, 32), TagIds = DirectRead.TextOrNull(row, 33), NamesVersion = raw.sqlite3_column_int64(row, 34),
    };

    private static ExportedArticle Export(ArticleRow row, List<string> authors, List<string> tags, List<Named> teasers)
    {
        // Teasers are written with their target's slug as it is now, whatever key the editor used.
        var targets = ReadAlsoSplice.Visible(teasers.Select(t => new ReadAlsoTeaser(t.TargetId, t.Slug, "", "")));
        var body = ReadAlsoSplice.Markdown(row.BodyMarkdownTemplate ?? "", targets);
        var draft = new ArticleDraft(row.Slug, row.Title, row.Subtitle, row.Excerpt, body, row.Language, authors, tags, row.FeatureImage,
            row.CanonicalUrl, row.Share);
        var record = new ArticleRecord(row.ExternalId, draft, new Publication(row.ParsedStatus, row.PublishedAt, row.FirstPublishedAt), row.CreatedAt);
        return new ExportedArticle(row.Id.ToString("D"), Place(row.CreatedAt, row.Slug), record,
            teasers.Select(t => (t.TargetId.ToString("D"), Place(t.CreatedAt, t.Slug))).ToList());
    }

    private static string Place(DateTimeOffset createdAt, string slug) => TextColumns.Format(createdAt) + " " + slug;

    private static int Separator(string place) => place.IndexOf(' ', StringComparison.Ordinal);

    private sealed class Named
    {
        public Guid ArticleId { get; init; }
        public Guid TargetId { get; init; }
        public string Slug { get; init; } = "";
        public DateTimeOffset CreatedAt { get; init; }
    }
}
