using Cms.Infrastructure.Database;
using Microsoft.Data.Sqlite;

namespace Cms.Api.Tests.Storage;

public sealed class MigratorTests
{
    [Test]
    public async Task Migrations_apply_once_and_running_them_again_changes_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("cms-migrations-").FullName;
        try
        {
            var migrator = new Migrator(new SqliteDialect($"Data Source={Path.Combine(folder, "cms.db")}"));
            var first = await migrator.MigrateAsync(CancellationToken.None);
            var second = await migrator.MigrateAsync(CancellationToken.None);
            Assert.Multiple(() =>
            {
                Assert.That(first, Is.EqualTo(Migrator.Shipped.Count));
                Assert.That(first, Is.GreaterThan(0));
                Assert.That(second, Is.Zero);
            });
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Shipped_migrations_are_numbered_without_gaps() =>
        Assert.That(Migrator.Shipped.Select(m => m.Version), Is.EqualTo(Enumerable.Range(1, Migrator.Shipped.Count)));
}
