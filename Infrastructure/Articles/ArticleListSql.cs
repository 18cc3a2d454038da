using Cms.Domain.Articles;
using Cms.Domain.Articles.Search;
using Cms.Domain.Common;
using Cms.Infrastructure.Database;
using Dapper;

namespace Cms.Infrastructure.Articles;

/// <summary>
/// Turns an article filter into one SELECT (and its COUNT): conditions as SQL with parameters, the sort with its id
/// tiebreak, and the cursor as a row-value comparison. A page of one tag or one author by publication reads the
/// link table's own index; a search reads the full-text index.
/// </summary>
internal sealed class ArticleListSql
{
    private readonly List<string> conditions = [];
    private readonly DynamicParameters parameters;
    private readonly string from;
    private readonly string sortKey;
    private readonly string idColumn = "a.id";
    private readonly string publication = "COALESCE(a.published_at, '')";
    private readonly string status = "a.status";
    private readonly bool descending;

    public ArticleListSql(ArticleFilter filter, PageRequest page, Audience audience, SearchWindow window,
        IReadOnlyDictionary<string, IReadOnlyList<string>> prefixTerms)
    {
        parameters = PageSlice.Parameters(page, audience);
        var byPublication = filter.Sort is ArticleSort.NewestPublished or ArticleSort.OldestPublished;
        descending = filter.Sort is ArticleSort.NewestPublished or ArticleSort.RecentlyUpdated or ArticleSort.TitleDescending;
        var publicTags = audience == Audience.Newsroom ? "" : " AND visibility = 'public'";
        var statuses = Statuses(filter, audience);
        if (filter.Search is { } search)
        {
            // The article row is read only when a condition or the sort names one of its columns: SQLite leaves out a LEFT JOIN
            // nothing uses, so a public search by relevance ranks its window on the index's own rows.
            from = "article_search s JOIN article_search_rows r ON r.search_row = s.rowid LEFT JOIN articles a ON a.id = r.article_id";
            idColumn = "r.article_id";
            conditions.Add("article_search MATCH @match");
            conditions.Add("s.rowid >= @floor");
            parameters.Add("match", FtsExpression.Of(search, prefixTerms));
            parameters.Add("window", window.RecentMatches);
            Searching = true;
        }
        // One tag's or one author's list walks its link table, which keeps each article's status and publication; the
        // article row is joined only when a condition or a column names it (every link has its article, so the LEFT JOIN
        // leaves no row out, and SQLite drops it when nothing uses it).
        else if (byPublication && filter is { Tags.Count: 1, Authors.Count: 0 })
        {
            from = "article_tags d LEFT JOIN articles a ON a.id = d.article_id";
            conditions.Add($"d.tag_id = (SELECT id FROM tags WHERE (id = @tag0 OR slug = @tag0){publicTags})");
            parameters.Add("tag0", Keys.Normalize(filter.Tags[0]));
            (sortKey, idColumn, publication, status) = ("d.published_at", "d.article_id", "d.published_at", "d.status");
        }
        else if (byPublication && filter is { Tags.Count: 0, Authors.Count: 1 })
        {
            from = "article_authors d LEFT JOIN articles a ON a.id = d.article_id";
            conditions.Add("d.author_id = (SELECT id FROM authors WHERE id = @author0 OR slug = @author0)");
            parameters.Add("author0", Keys.Normalize(filter.Authors[0]));
            (sortKey, idColumn, publication, status) = ("d.published_at", "d.article_id", "d.published_at", "d.status");
        }
        else
        {
            from = "articles a";
        }
        // A search reads the full-text index, so its tags and authors are conditions as on the plain table.
        if (status == "a.status")
        {
            AddTags(filter, publicTags);
            AddAuthors(filter);
        }
        sortKey ??= filter.Sort switch
        {
            ArticleSort.RecentlyUpdated or ArticleSort.LeastRecentlyUpdated => "a.updated_at",
            ArticleSort.TitleAscending or ArticleSort.TitleDescending => "a.sort_title",
            ArticleSort.Relevance => "s.rank",
            _ => publication,
        };
        // The search index keeps whether each article is published, as the link tables keep its status.
        if (statuses is not null) conditions.Add(Searching && audience == Audience.Public ? "r.published" : $"{status} IN ({statuses})");
        // A contributor or author key sees the published articles and its own author's, in any status.
        if (audience.OwnAuthorId is not null) conditions.Add($"(a.status = 'published' OR {SqliteArticleCatalog.Signed})");
        AddRange("a.language = @language", "language", filter.Language);
        // Unpublished articles sort as '' on the publication index, which these ranges then walk.
        AddRange($"{publication} > @publishedAfter", "publishedAfter", Instant(filter.PublishedAfter));
        AddRange($"{publication} < @publishedBefore AND {publication} > ''", "publishedBefore", Instant(filter.PublishedBefore));
        AddRange("a.updated_at >= @updatedSince", "updatedSince", Instant(filter.UpdatedSince));
        Relevance = filter.Sort == ArticleSort.Relevance;
        if (Searching && Relevance) conditions.Add(SearchRank.Condition);
        FloorSql = $"""
            SELECT COALESCE((SELECT s.rowid FROM article_search s{(audience == Audience.Newsroom ? "" : " JOIN article_search_rows r ON r.search_row = s.rowid AND r.published")}
                             WHERE article_search MATCH @match ORDER BY s.rowid DESC LIMIT 1 OFFSET @window - 1), 0)
            """;
        if (page.After is { } after && Relevance)
        {
            parameters.Add("sortValue", double.Parse(after.SortValue, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The column that holds each listed article's id.</summary>
    public string IdColumn => idColumn;

    /// <summary>True when the sort key is the search rank, a number.</summary>
    public bool Relevance { get; }

    /// <summary>True when the list is a search, which needs <c>@floor</c> from <see cref="FloorSql"/> first.</summary>
    public bool Searching { get; }

    /// <summary>
    /// The lowest search row among the most recent <see cref="SearchWindow.RecentMatches"/> matches a reader may see
    /// (published ones, for anyone but the newsroom): a search ranks and sorts those, so that a word found in most
    /// articles costs no more than a rare one.
    /// </summary>
    public string FloorSql { get; }

    /// <summary>The parameters of both statements.</summary>
    public DynamicParameters Parameters => parameters;

    /// <summary>
    /// The page's SELECT, reading one row more than the page. A search first picks the page's rows by their keys
    /// alone, then reads those rows in full with their snippets, so that nothing heavy is computed for rows not shown.
    /// </summary>
    public string Select(string columns, string searchColumns, bool after)
    {
        var where = Where(after ? After() : null);
        var (key, keyName) = Relevance ? ("s.rank AS rank", "rank") : ($"{sortKey} AS sort_key", "sort_key");
        var direction = descending ? "DESC" : "";
        var order = $"ORDER BY {sortKey} {direction}, {idColumn} {direction} LIMIT @take OFFSET @skip";
        if (!Searching) return $"SELECT {columns}, {key} FROM {from} {where} {order}";
        return $"""
            SELECT {columns}, h.{keyName} AS {keyName}{searchColumns}
            FROM (SELECT {idColumn} AS hit_id, s.rowid AS hit_row, {key} FROM {from} {where} {order}) h
            JOIN articles a ON a.id = h.hit_id JOIN article_search ON article_search.rowid = h.hit_row
            ORDER BY h.{keyName} {direction}, h.hit_id {direction}
            """;
    }

    // The row-value comparison alone is not a range SQLite seeks on an index of expressions (COALESCE(published_at, ''));
    // the sort key's own bound, which it implies, is: a page deep in a list then starts where it starts, not at the top.
    private string After()
    {
        var (bound, strictly) = descending ? ("<=", "<") : (">=", ">");
        var rows = $"({sortKey}, {idColumn}) {strictly} (@sortValue, @afterId)";
        return Relevance ? rows : $"{sortKey} {bound} @sortValue AND {rows}";
    }

    /// <summary>The number of articles in the whole list.</summary>
    public string Count() => $"SELECT COUNT(*) FROM {from} {Where(null)}";

    /// <summary>The sort key and id of every article in the list, in order: what <see cref="PageMarkers"/> reads.</summary>
    public string Positions()
    {
        var direction = descending ? "DESC" : "";
        return $"SELECT {sortKey}, {idColumn} FROM {from} {Where(null)} ORDER BY {sortKey} {direction}, {idColumn} {direction}";
    }

    /// <summary>Starts the page after <paramref name="position"/>, skipping <paramref name="skip"/> articles more (read with <c>after</c>).</summary>
    public void StartAfter(ListPosition position, int skip)
    {
        parameters.Add("sortValue", position.SortValue);
        parameters.Add("afterId", position.Id.ToString("D"));
        parameters.Add("skip", skip);
    }

    private string Where(string? extra)
    {
        var all = extra is null ? conditions : [.. conditions, extra];
        return all.Count == 0 ? "" : "WHERE " + string.Join(" AND ", all);
    }

    // Status names are the domain's own constants, never client text, so they are written into the SQL: a constant
    // condition lets SQLite walk the publication index instead of sorting every row.
    private static string? Statuses(ArticleFilter filter, Audience audience) =>
        audience == Audience.Public ? "'published'"
        : filter.Statuses is { } wanted ? string.Join(", ", wanted.Order().Select(status => $"'{status.Name()}'"))
        : null;

    private void AddTags(ArticleFilter filter, string publicTags)
    {
        static string Linked(string tags) => $"EXISTS (SELECT 1 FROM article_tags x WHERE x.article_id = a.id AND x.tag_id IN (SELECT id FROM tags WHERE {tags}))";
        if (filter.Tags.Count == 0) return;
        if (filter.TagMode == TagMode.Any)
        {
            conditions.Add(Linked($"(id IN @tags OR slug IN @tags){publicTags}"));
            parameters.Add("tags", filter.Tags.Select(Keys.Normalize).ToArray());
            return;
        }
        for (var i = 0; i < filter.Tags.Count; i++)
        {
            conditions.Add(Linked($"(id = @tag{i} OR slug = @tag{i}){publicTags}"));
            parameters.Add($"tag{i}", Keys.Normalize(filter.Tags[i]));
        }
    }

    private void AddAuthors(ArticleFilter filter)
    {
        if (filter.Authors.Count == 0) return;
        conditions.Add("EXISTS (SELECT 1 FROM article_authors x WHERE x.article_id = a.id AND x.author_id IN " +
                       "(SELECT id FROM authors WHERE id IN @authors OR slug IN @authors))");
        parameters.Add("authors", filter.Authors.Select(Keys.Normalize).ToArray());
    }

    private void AddRange(string condition, string name, string? value)
    {
        if (value is null) return;
        conditions.Add(condition);
        parameters.Add(name, value);
    }

    private static string? Instant(DateTimeOffset? instant) => instant is { } at ? TextColumns.Format(at) : null;
}
