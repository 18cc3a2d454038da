using Cms.Infrastructure.Database;

namespace Cms.Infrastructure.Articles;

/// <summary>Keeps the full-text index in step with articles, inside the transaction that changes them.</summary>
public static class SearchIndex
{
    private static string TagNames(string articleId) => $"""
        COALESCE((SELECT group_concat(t.name, ' ') FROM article_tags x JOIN tags t ON t.id = x.tag_id
                  WHERE x.article_id = {articleId} AND t.visibility = 'public' AND t.id IS NOT @leaveOut), '')
        """;

    private static string AuthorNames(string articleId) => $"""
        COALESCE((SELECT group_concat(p.name, ' ') FROM article_authors x JOIN authors p ON p.id = x.author_id
                  WHERE x.article_id = {articleId} AND p.id IS NOT @leaveOut), '')
        """;

    private static readonly string[] RefreshSql =
    [
        """
        INSERT INTO article_search_rows (article_id, published) SELECT id, status = 'published' FROM articles WHERE id = @id
            ON CONFLICT (article_id) DO UPDATE SET published = excluded.published
        """,
        "DELETE FROM article_search WHERE rowid = (SELECT search_row FROM article_search_rows WHERE article_id = @id)",
        $"""
        INSERT INTO article_search (rowid, title, subtitle, excerpt, body, tags, authors)
        SELECT r.search_row, a.title, COALESCE(a.subtitle, ''), a.excerpt, @body,
            {TagNames("a.id")}, {AuthorNames("a.id")}
        FROM articles a JOIN article_search_rows r ON r.article_id = a.id WHERE a.id = @id
        """,
    ];

    /// <summary>
    /// Rewrites the search entry of an article just stored: its title, standfirst, excerpt, body text
    /// (without read-also markers) and the names of its public tags and its authors.
    /// </summary>
    public static void Refresh(PreparedStatements statements, Guid id, string bodyText)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var values = new SearchValues(id, bodyText, null);
        foreach (var sql in RefreshSql) statements.Execute(sql, values);
    }

    private sealed record SearchValues(Guid Id, string Body, Guid? LeaveOut);

    /// <summary>
    /// The statement that rewrites the tag or author names of every article linked to <c>@id</c>, leaving out
    /// <c>@leaveOut</c> (the record about to be deleted, or null).
    /// </summary>
    public static string NamesSql(string linkTable, string linkColumn)
    {
        var (column, names) = linkTable == "article_tags" ? ("tags", (Func<string, string>)TagNames) : ("authors", AuthorNames);
        return $"""
            UPDATE article_search SET {column} = {names("(SELECT article_id FROM article_search_rows WHERE search_row = article_search.rowid)")}
            WHERE rowid IN (SELECT r.search_row FROM article_search_rows r JOIN {linkTable} l ON l.article_id = r.article_id
                            WHERE l.{linkColumn} = @id)
            """;
    }
}
