using Cms.Domain.Common;
using Cms.Infrastructure.Database;
using Dapper;

namespace Cms.Api.Tests.Storage;

/// <summary>Writes queued together share a commit, and one that fails after writing leaves nothing of itself behind.</summary>
public sealed class QueuedWriteTests
{
    private ScratchDatabase database = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        database = new ScratchDatabase();
        await using var connection = await database.Dialect.OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync("CREATE TABLE notes (text TEXT NOT NULL)");
    }

    [TearDown]
    public void DeleteDatabase() => database.Dispose();

    [Test]
    public async Task A_write_refused_after_writing_leaves_nothing_and_the_rest_of_its_batch_commits()
    {
        var outcomes = await QueueTogetherAsync(async statements =>
        {
            await Note("refused")(statements);
            return Failure.Stale("note");
        });

        Assert.Multiple(async () =>
        {
            Assert.That(outcomes[2].Result, Is.EqualTo(Failure.Stale("note")));
            Assert.That(outcomes.Where((_, i) => i != 2).Select(outcome => outcome.Result), Is.All.Null);
            Assert.That(await NotesAsync(), Is.EqualTo(new[] { "0", "1", "3", "4" }));
        });
    }

    [Test]
    public async Task A_write_that_throws_after_writing_fails_alone_and_the_rest_of_its_batch_commits()
    {
        var outcomes = await QueueTogetherAsync(async statements =>
        {
            await Note("thrown")(statements);
            throw new InvalidOperationException("The note could not be written.");
        });

        Assert.Multiple(async () =>
        {
            Assert.That(outcomes[2].IsFaulted, Is.True);
            Assert.That(outcomes.Where((_, i) => i != 2).Select(outcome => outcome.IsCompletedSuccessfully), Is.All.True);
            Assert.That(await NotesAsync(), Is.EqualTo(new[] { "0", "1", "3", "4" }));
        });
    }

    // Queues four writes while the first is being written, so all five share a commit; the third is the one given.
    private async Task<Task<Failure?>[]> QueueTogetherAsync(Func<PreparedStatements, Task<Failure?>> third)
    {
        var hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var holding = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = database.Dialect.WriteQueuedAsync(async statements =>
        {
            holding.TrySetResult();
            await hold.Task;
            return await Note("0")(statements);
        }, CancellationToken.None);
        await holding.Task;
        var rest = new[] { Note("1"), third, Note("3"), Note("4") }.Select(work => database.Dialect.WriteQueuedAsync(work, CancellationToken.None)).ToList();
        hold.SetResult();
        Task<Failure?>[] outcomes = [first, .. rest];
        try
        {
            await Task.WhenAll(outcomes);
        }
        catch (InvalidOperationException)
        {
        }
        return outcomes;
    }

    private static Func<PreparedStatements, Task<Failure?>> Note(string text) => statements =>
    {
        statements.Execute("INSERT INTO notes VALUES (@text)", new { text });
        return Task.FromResult<Failure?>(null);
    };

    private async Task<List<string>> NotesAsync()
    {
        await using var connection = await database.Dialect.OpenAsync(CancellationToken.None);
        return (await connection.QueryAsync<string>("SELECT text FROM notes ORDER BY rowid")).ToList();
    }
}
