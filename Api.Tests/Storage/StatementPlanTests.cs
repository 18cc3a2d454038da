using Cms.Infrastructure.Database;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Cms.Api.Tests.Storage;

public sealed class StatementPlanTests
{
    // A page of a list as the catalog asks for it: its size and offset are parameters.
    private const string Page = "SELECT a.id FROM articles a WHERE a.status IN ('published') " +
                                "ORDER BY COALESCE(a.published_at, '') DESC, a.id DESC LIMIT ?1 OFFSET ?2";

    // SQLITE_STMTSTATUS_REPREPARE, which SQLitePCLRaw does not name.
    private const int Reprepared = 5;

    private ScratchDatabase database = null!;

    [SetUp]
    public async Task MigrateDatabase() => database = await ScratchDatabase.MigratedAsync();

    [TearDown]
    public void DeleteDatabase() => database.Dispose();

    [Test]
    public async Task A_page_read_again_on_a_dialect_connection_is_not_compiled_again()
    {
        await using var connection = await database.Dialect.OpenAsync(CancellationToken.None);

        Assert.That(Recompilations(SqliteDialect.Sqlite(connection).Handle!), Is.Zero);
    }

    [Test]
    public void A_page_read_again_on_a_plain_connection_is_compiled_again_each_time()
    {
        using var connection = new SqliteConnection($"Data Source={database.File};Pooling=False");
        connection.Open();

        Assert.That(Recompilations(connection.Handle!), Is.EqualTo(3));
    }

    // Reads three pages of 20 with the same compiled statement and counts how often SQLite compiled it again.
    private static int Recompilations(sqlite3 database)
    {
        Assert.That(raw.sqlite3_prepare_v2(database, Page, out var statement), Is.EqualTo(raw.SQLITE_OK), raw.sqlite3_errmsg(database).utf8_to_string());
        using (statement)
        {
            foreach (var offset in new[] { 0, 20, 40 })
            {
                raw.sqlite3_bind_int(statement, 1, 20);
                raw.sqlite3_bind_int(statement, 2, offset);
                Assert.That(raw.sqlite3_step(statement), Is.EqualTo(raw.SQLITE_DONE));
                raw.sqlite3_reset(statement);
            }
            return raw.sqlite3_stmt_status(statement, Reprepared, 0);
        }
    }
}
