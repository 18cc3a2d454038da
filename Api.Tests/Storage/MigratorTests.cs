using Cms.Infrastructure.Database;
using Dapper;
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
    public async Task After_migrating_the_sessions_keep_what_undoes_a_statement_in_memory()
    {
        var folder = Directory.CreateTempSubdirectory("cms-migrations-").FullName;
        try
        {
            using var dialect = new SqliteDialect($"Data Source={Path.Combine(folder, "cms.db")}");
            await new Migrator(dialect).MigrateAsync(CancellationToken.None);
            await using var connection = await dialect.OpenAsync(CancellationToken.None);
            Assert.That(await connection.ExecuteScalarAsync<int>("PRAGMA temp_store"), Is.EqualTo(2));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    // Numbers are handed out to branches in advance, so a branch may ship 0004 before 0002 and 0003 have merged.
    [Test]
    public void Shipped_migrations_start_at_one_and_are_numbered_once_each_in_order()
    {
        var versions = Migrator.Shipped.Select(m => m.Version).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(versions[0], Is.EqualTo(1));
            Assert.That(versions, Is.Ordered.And.Unique);
        });
    }
}
