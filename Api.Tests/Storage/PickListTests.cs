using Cms.Infrastructure.Related;

namespace Cms.Api.Tests.Storage;

public sealed class PickListTests : MigratedDatabaseTests
{
    private static readonly Guid Story = Guid.Parse("0192e397-630c-7942-a0e7-be14b94df621");
    private static readonly Guid Background = Guid.Parse("0192e397-630c-7942-a0e7-be14b94df622");
    private static readonly Guid Analysis = Guid.Parse("0192e397-630c-7942-a0e7-be14b94df623");

    [SetUp]
    public async Task AddDraftsAsync()
    {
        foreach (var (id, language) in new[] { (Story, "en"), (Background, "fr"), (Analysis, "de") }) await Database.AddDraftAsync(id, language);
    }

    [Test]
    public async Task Picking_an_article_deleted_since_it_was_checked_is_refused_as_naming_no_article_and_changes_nothing()
    {
        var store = new SqliteRelatedStore(Database.Dialect);
        await Database.ExecuteAsync("DELETE FROM articles WHERE id = @id", new { id = Analysis.ToString("D") });

        var refused = await store.SavePicksAsync(Story, [Background, Analysis], 1, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(refused?.Errors?.Keys, Is.EqualTo(new[] { "articles[1]" }));
            Assert.That((await store.PickListAsync(Story, CancellationToken.None))!.Articles, Is.Empty);
        });
    }
}
