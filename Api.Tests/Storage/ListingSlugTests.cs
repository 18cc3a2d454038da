using Cms.Domain.Common;
using Cms.Domain.Tags;
using Cms.Domain.Webhooks;
using Cms.Infrastructure;
using Cms.Infrastructure.Tags;

namespace Cms.Api.Tests.Storage;

public sealed class ListingSlugTests : MigratedDatabaseTests
{
    [Test]
    public async Task A_tag_whose_slug_made_from_its_name_was_taken_since_it_was_checked_gets_the_next_free_one()
    {
        var tags = new SqliteTagStore(Database.Dialect);
        var desk = new ListingDesk<TagDetails>(new TakenMeanwhile(tags), new SystemClock(TimeProvider.System), "tag", details => details.Name);

        var created = await desk.CreateAsync(null, new TagDetails("Climat", null, TagVisibility.Public), CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(created.Failure, Is.Null);
            Assert.That(created.Value?.Slug, Is.EqualTo("climat-2"));
            Assert.That((await tags.FindAsync("climat", CancellationToken.None))?.Id, Is.Not.EqualTo(created.Value?.Id));
        });
    }

    /// <summary>The tag store, where another request creates a tag with the slug the first check finds free, just after it looked.</summary>
    private sealed class TakenMeanwhile(SqliteTagStore inner) : IListingStore<TagDetails>
    {
        private int checks;

        public async Task<bool> SlugTakenAsync(string slug, Guid? except, CancellationToken cancellationToken)
        {
            var taken = await inner.SlugTakenAsync(slug, except, cancellationToken);
            if (Interlocked.Increment(ref checks) > 1) return taken;
            var now = DateTimeOffset.UtcNow;
            var other = new Listed<TagDetails>(Guid.CreateVersion7(now), slug, new TagDetails("Climat", null, TagVisibility.Public), now, now, 1);
            await inner.InsertAsync(other, NewsroomEvents.Listing("tag", null, other, details => details.Name, now), cancellationToken);
            return taken;
        }

        public Task<Listed<TagDetails>?> FindAsync(string key, CancellationToken cancellationToken) => inner.FindAsync(key, cancellationToken);

        public Task<IReadOnlyDictionary<string, Guid>> FindIdsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
            inner.FindIdsAsync(keys, cancellationToken);

        public Task<Failure?> InsertAsync(Listed<TagDetails> record, NewsroomEvent change, CancellationToken cancellationToken) =>
            inner.InsertAsync(record, change, cancellationToken);

        public Task<Failure?> UpdateAsync(Listed<TagDetails> record, int loadedVersion, NewsroomEvent change, CancellationToken cancellationToken) =>
            inner.UpdateAsync(record, loadedVersion, change, cancellationToken);

        public Task<Failure?> DeleteAsync(Guid id, int loadedVersion, NewsroomEvent change, CancellationToken cancellationToken) =>
            inner.DeleteAsync(id, loadedVersion, change, cancellationToken);
    }
}
