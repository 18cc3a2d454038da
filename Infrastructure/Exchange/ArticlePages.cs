using System.Data.Common;
using Cms.Domain.Articles;
using Cms.Domain.Articles.Body;
using Cms.Domain.Exchange;
using Cms.Infrastructure.Articles;
using Cms.Infrastructure.Database;
using Dapper;

namespace Cms.Infrastructure.Exchange;

/// <summary>An article as exported, with its place in the export and the id and place of each article its teasers point at.</summary>
internal sealed record ExportedArticle(string Id, string Position, ArticleRecord Record, IReadOnlyList<(string Id, string Position)> TeaserTargets);

/// <summary>
/// Reads the articles an export holds, a page at a time by creation time then slug, with their bylines, tags and teasers by
/// slug. A place is the stored creation time (fixed width) and the slug, so places compare as text.
/// </summary>
internal sealed class ArticlePages(DbConnection connection, ExportFilter filter, NameDirectory directory)
{
    private const int PageSize = 500;

    private const string TeasersSql = """
        SELECT ra.article_id AS ArticleId, ra.target_id AS TargetId, t.slug AS Slug, t.created_at AS CreatedAt FROM article_read_also ra
        JOIN articles t ON t.id = ra.target_id WHERE ra.article_id IN (SELECT value FROM json_each(@ids)) ORDER BY ra.article_id, ra.position;
        """;

    private readonly object parameters = new
    {
        status = filter.Status?.Name(),
        since = filter.UpdatedSince is { } since ? TextColumns.Format(since) : null,
    };

    /// <summary>The page after the place <paramref name="after"/>, or the one article <paramref name="only"/> if the export holds it.</summary>
    public async Task<List<ExportedArticle>> ReadAsync(string? after, string? only)
    {
        var where = only is not null ? "a.id = @only" : after is null ? "1 = 1" : "(a.created_at, a.slug) > (@afterCreated, @afterSlug)";
        var sql = $"""
            SELECT {ArticleRow.Columns}, {SqliteArticleStore.Template} AS body_markdown_template, a.external_id{ArticleNames.LinkIdColumns}
            FROM {SqliteArticleStore.WithBodies}
            WHERE {where} AND (@status IS NULL OR a.status = @status) AND (@since IS NULL OR a.updated_at >= @since)
            ORDER BY a.created_at, a.slug LIMIT {PageSize}
            """;
        var arguments = new DynamicParameters(parameters);
        arguments.Add("afterCreated", after?[..Separator(after)]);
        arguments.Add("afterSlug", after?[(Separator(after) + 1)..]);
        arguments.Add("only", only);
        var rows = (await connection.QueryAsync<ArticleRow>(sql, arguments)).ToList();
        if (rows.Count == 0) return [];
        var names = await directory.AtAsync(rows.Max(row => row.NamesVersion), connection);
        var teasers = (await connection.QueryAsync<Named>(TeasersSql, new { ids = ValueList.Of(rows.Select(row => row.Id)) }))
            .ToLookup(name => name.ArticleId);
        return rows.Select(row => Export(row, names.AuthorSlugs(row.AuthorIds), names.TagSlugs(row.TagIds), teasers[row.Id].ToList())).ToList();
    }

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
