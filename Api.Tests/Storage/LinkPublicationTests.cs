using Dapper;

namespace Cms.Api.Tests.Storage;

public sealed class LinkPublicationTests
{
    private const string ArticleId = "0192e397-630c-7942-a0e7-be14b94df601";
    private const string TagId = "0192e397-630c-7942-a0e7-be14b94df602";

    private ScratchDatabase database = null!;

    [SetUp]
    public async Task MigrateDatabase()
    {
        database = await ScratchDatabase.MigratedAsync();
        await using var connection = await database.Dialect.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync("""
            INSERT INTO tags (id, slug, name, sort_name, visibility, created_at, updated_at, version)
            VALUES (@TagId, 'climat', 'Climat', 'climat', 'public', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 1);
            INSERT INTO articles (id, slug, title, excerpt, language, status, created_at, updated_at, published_at, word_count, hashtags, version)
            VALUES (@ArticleId, 'glaciers', 'Glaciers', 'Les glaciers fondent.', 'fr', 'published', '2026-01-01T00:00:00Z',
                    '2026-01-02T00:00:00Z', '2026-01-02T08:00:00Z', 3, '[]', 1);
            """, new { ArticleId, TagId });
    }

    [TearDown]
    public void DeleteDatabase() => database.Dispose();

    [Test]
    public async Task A_link_inserted_without_its_articles_publication_takes_it_from_the_article()
    {
        await using var connection = await database.Dialect.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync("INSERT INTO article_tags (article_id, position, tag_id) VALUES (@ArticleId, 0, @TagId)", new { ArticleId, TagId });

        var (status, publishedAt) = await connection.QuerySingleAsync<(string, string)>("SELECT status, published_at FROM article_tags");

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo("published"));
            Assert.That(publishedAt, Is.EqualTo("2026-01-02T08:00:00Z"));
        });
    }

    [Test]
    public async Task A_link_inserted_with_its_articles_publication_is_written_once()
    {
        await using var connection = await database.Dialect.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync("""
            CREATE TEMP TABLE link_updates (n INTEGER);
            CREATE TEMP TRIGGER count_link_updates AFTER UPDATE ON main.article_tags BEGIN INSERT INTO link_updates VALUES (1); END;
            INSERT INTO article_tags (article_id, position, tag_id, status, published_at)
            VALUES (@ArticleId, 0, @TagId, 'published', '2026-01-02T08:00:00Z');
            """, new { ArticleId, TagId });

        Assert.That(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM link_updates"), Is.Zero);
    }

    [TestCase("article_tags", "tag_id")]
    [TestCase("article_authors", "author_id")]
    public async Task Links_of_one_tag_or_author_are_found_through_an_index(string table, string column)
    {
        await using var connection = await database.Dialect.OpenAsync(CancellationToken.None);

        var steps = await connection.QueryAsync<(long Id, long Parent, long Unused, string Detail)>(
            $"EXPLAIN QUERY PLAN SELECT article_id FROM {table} WHERE {column} = 'x'");
        var plan = string.Join(" | ", steps.Select(step => step.Detail));

        Assert.That(plan, Does.Contain($"INDEX {table}_by_publication ({column}=?)"));
    }
}
