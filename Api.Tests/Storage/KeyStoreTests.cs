using Cms.Domain.Access;
using Cms.Infrastructure.Access;

namespace Cms.Api.Tests.Storage;

public sealed class KeyStoreTests : MigratedDatabaseTests
{
    [Test]
    public async Task A_key_acting_for_an_author_deleted_since_it_was_checked_is_not_stored()
    {
        var store = new SqliteKeyStore(Database.Dialect);
        var now = DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var key = new ApiKey(Guid.CreateVersion7(now), "stringer", Role.Contributor, Guid.CreateVersion7(now), "cms_abcdefgh", "00ff", now, null, null, null);

        var stored = await store.InsertAsync(key, CancellationToken.None);

        Assert.Multiple(async () =>
        {
            Assert.That(stored, Is.False);
            Assert.That(await store.FindAsync(key.Id, CancellationToken.None), Is.Null);
        });
    }
}
