using Cms.Infrastructure.Translations;

namespace Cms.Api.Tests.Storage;

public sealed class TranslationGroupTests : MigratedDatabaseTests
{
    private static readonly Guid English = Guid.Parse("0192e397-630c-7942-a0e7-be14b94df611");
    private static readonly Guid French = Guid.Parse("0192e397-630c-7942-a0e7-be14b94df612");
    private static readonly Guid German = Guid.Parse("0192e397-630c-7942-a0e7-be14b94df613");

    private SqliteTranslationStore store = null!;

    [SetUp]
    public async Task AddDraftsAsync()
    {
        foreach (var (id, language) in new[] { (English, "en"), (French, "fr"), (German, "de") }) await Database.AddDraftAsync(id, language);
        store = new SqliteTranslationStore(Database.Dialect);
    }

    [Test]
    public async Task Grouping_an_article_another_write_grouped_since_it_was_checked_is_a_conflict_that_changes_nothing()
    {
        Assert.That(await store.SaveGroupAsync(German, [French], 1, CancellationToken.None), Is.Null);

        var refused = await store.SaveGroupAsync(English, [French], 1, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(refused?.Code, Is.EqualTo("translation-grouped"));
            Assert.That((await store.GroupsOfAsync([English], CancellationToken.None)).ContainsKey(English), Is.False);
            Assert.That((await store.TranslationListAsync(German, CancellationToken.None))!.Articles, Is.EqualTo(new[] { French }));
        });
    }

    [Test]
    public async Task Grouping_an_article_deleted_since_it_was_checked_is_refused_as_naming_no_article_and_changes_nothing()
    {
        await Database.ExecuteAsync("DELETE FROM articles WHERE id = @id", new { id = German.ToString("D") });

        var refused = await store.SaveGroupAsync(English, [French, German], 1, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(refused?.Errors?.Keys, Is.EqualTo(new[] { "articles[1]" }));
            Assert.That(await store.GroupsOfAsync([English, French], CancellationToken.None), Is.Empty);
        });
    }

    [Test]
    public async Task Grouping_an_article_moved_since_it_was_checked_into_a_language_the_group_has_is_refused_and_changes_nothing()
    {
        await Database.ExecuteAsync("UPDATE articles SET language = 'FR' WHERE id = @id", new { id = German.ToString("D") });

        var refused = await store.SaveGroupAsync(English, [French, German], 1, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(refused?.Errors?["articles[1]"], Has.Some.Contains("one article per language"));
            Assert.That(await store.GroupsOfAsync([English, French, German], CancellationToken.None), Is.Empty);
        });
    }
}
