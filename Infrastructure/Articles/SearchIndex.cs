using System.Text.Json;
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

    // Each step is one statement for all the entries queued: the full-text index writes out what it holds whenever a
    // statement that may write several rows begins, so entries written one by one between other writes each became a
    // segment of their own, merged again and again.
    private static readonly string[] WriteSql =
    [
        """
        INSERT INTO article_search_rows (article_id, published)
        SELECT a.id, a.status = 'published' FROM json_each(@entries) e JOIN articles a ON a.id = e.value ->> 'id' WHERE true
            ON CONFLICT (article_id) DO UPDATE SET published = excluded.published
        """,
        """
        DELETE FROM article_search WHERE rowid IN
            (SELECT r.search_row FROM json_each(@entries) e JOIN article_search_rows r ON r.article_id = e.value ->> 'id')
        """,
        $"""
        INSERT INTO article_search (rowid, title, subtitle, excerpt, body, tags, authors)
        SELECT r.search_row, a.title, COALESCE(a.subtitle, ''), a.excerpt, e.value ->> 'body',
            {TagNames("a.id")}, {AuthorNames("a.id")}
        FROM json_each(@entries) e JOIN articles a ON a.id = e.value ->> 'id' JOIN article_search_rows r ON r.article_id = a.id
        """,
    ];

    /// <summary>
    /// Queues the search entry of an article just stored: its title, standfirst, excerpt, body text (without read-also
    /// markers) and the names of its public tags and its authors, as they stand when the transaction's owner finishes it
    /// (<see cref="PreparedStatements.Finish"/>), which writes all the transaction's entries together.
    /// </summary>
    public static void Refresh(PreparedStatements statements, Guid id, string bodyText)
    {
        ArgumentNullException.ThrowIfNull(statements);
        statements.SearchEntries[id] = bodyText;
        statements.BeforeCommit(Write);
    }

    private static void Write(PreparedStatements statements)
    {
        if (statements.SearchEntries.Count == 0) return;
        var entries = JsonSerializer.Serialize(statements.SearchEntries.Select(entry => new SearchEntry(entry.Key.ToString("D"), entry.Value)),
            StoreJson.Stored.IEnumerableSearchEntry);
        foreach (var sql in WriteSql) statements.Execute(sql, new SearchValues(entries, null));
        statements.SearchEntries.Clear();
    }

    private sealed record SearchValues(string Entries, Guid? LeaveOut);

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
