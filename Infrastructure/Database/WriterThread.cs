using System.Collections.Concurrent;

namespace Cms.Infrastructure.Database;

/// <summary>
/// One long-lived thread for the bulk import's write transactions. SQLite takes its page cache from malloc, and glibc gives
/// each thread that allocates an arena of its own: batches committed from whichever pool thread the import happened to be on
/// left tens of megabytes in every arena they passed through, and the process grew with each thread. On one thread the same
/// memory serves every batch. The work runs to its end on that thread (SQLite's calls complete synchronously).
/// </summary>
internal static class WriterThread
{
    private static readonly BlockingCollection<Action> Work = [];
    private static readonly Lazy<Thread> Worker = new(Start);

    /// <summary>Runs <paramref name="work"/> on the writer thread, after the work queued before it.</summary>
    public static Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        _ = Worker.Value;
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        Work.Add(() =>
        {
            try
            {
                done.SetResult(work().GetAwaiter().GetResult());
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        });
        return done.Task;
    }

    private static Thread Start()
    {
        var thread = new Thread(() =>
        {
            foreach (var item in Work.GetConsumingEnumerable()) item();
        })
        {
            IsBackground = true,
            Name = "SQLite bulk writer",
        };
        thread.Start();
        return thread;
    }
}
