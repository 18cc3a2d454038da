using Cms.Infrastructure.Database;
using Cms.Infrastructure.Translations;
using Dapper;

namespace Cms.Api.Tests.Storage;

public sealed class TranslationGroupTests
{
    private static readonly Guid English = Guid.Parse("0192e397-630c-7942-a0e7-be14b94df611");
    private static readonly Guid French = Guid.Parse("0192e397-630c-7942-a0e7-be14b94df612");
    private static readonly Guid German = Guid.Parse("0192e397-630c-7942-a0e7-be14b94df613");

    private ScratchDatabase database = null!;

    [SetUp]
    public async Task MigrateDatabase()
    {
        TextColumns.Register();
        database = await ScratchDatabase.MigratedAsync();
        await using var connection = await database.Dialect.OpenAsync(CancellationToken.None);
        foreach (var (id, language) in new[] { (English, "en"), (French, "fr"), (German, "de") })
        {
            await connection.ExecuteAsync("""
                INSERT INTO articles (id, slug, title, excerpt, language, status, created_at, updated_at, word_count, hashtags, version)
                VALUES (@id, @language, 'Glaciers', 'Les glaciers fondent.', @language, 'draft', '2026-01-01T00:00:00Z',
                        '2026-01-01T00:00:00Z', 3, '[]', 1)
                """, new { id = id.ToString("D"), language });
        }
    }

    [TearDown]
    public void DeleteDatabase() => database.Dispose();

    [Test]
    public async Task Grouping_an_article_another_write_grouped_since_it_was_checked_is_a_conflict_that_changes_nothing()
    {
        var store = new SqliteTranslationStore(database.Dialect);
        Assert.That(await store.SaveGroupAsync(German, [French], 1, CancellationToken.None), Is.Null);

        var refused = await store.SaveGroupAsync(English, [French], 1, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(refused?.Code, Is.EqualTo("translation-grouped"));
            Assert.That((await store.GroupsOfAsync([English], CancellationToken.None)).ContainsKey(English), Is.False);
            Assert.That((await store.TranslationListAsync(German, CancellationToken.None))!.Articles, Is.EqualTo(new[] { French }));
        });
    }
}
