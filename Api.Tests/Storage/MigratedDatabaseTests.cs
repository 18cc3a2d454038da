using Cms.Infrastructure.Database;

namespace Cms.Api.Tests.Storage;

/// <summary>Tests of the stores, each on a scratch database of its own with the CMS's schema.</summary>
public abstract class MigratedDatabaseTests
{
    protected ScratchDatabase Database { get; private set; } = null!;

    [SetUp]
    public async Task MigrateDatabase()
    {
        TextColumns.Register();
        Database = await ScratchDatabase.MigratedAsync();
    }

    [TearDown]
    public void DeleteDatabase() => Database.Dispose();
}
