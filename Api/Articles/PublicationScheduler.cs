using Cms.Domain.Articles;

namespace Cms.Api.Articles;

/// <summary>
/// Publishes scheduled articles when they fall due: once at start-up, catching up on any that fell due while the CMS was
/// down, then every few seconds. Each article is published once however many passes or instances see it.
/// </summary>
public sealed partial class PublicationScheduler(ArticleDesk desk, TimeProvider time, SchedulerSettings settings, ILogger<PublicationScheduler> logger)
    : BackgroundService
{
    private readonly Lock passes = new();
    private readonly List<(DateTimeOffset From, TaskCompletionSource Done)> waiting = [];

    /// <summary>Runs one pass now: publishes what is due.</summary>
    public async Task<int> PublishDueAsync(CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        try
        {
            var published = await desk.PublishDueAsync(cancellationToken);
            if (published > 0) LogPublished(logger, published);
            return published;
        }
        finally
        {
            Completed(started);
        }
    }

    /// <summary>Completes when a pass that started at or after <paramref name="from"/> has finished.</summary>
    public Task PassedAsync(DateTimeOffset from)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (passes) waiting.Add((from, done));
        return done.Task;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(settings.IntervalSeconds, 0.01)), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await PublishDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e);
            }
        }
    }

    private void Completed(DateTimeOffset started)
    {
        lock (passes)
        {
            foreach (var pass in waiting.Where(pass => pass.From <= started).ToList())
            {
                pass.Done.TrySetResult();
                waiting.Remove(pass);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Published {Count} scheduled articles")]
    private static partial void LogPublished(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "A scheduler pass failed; the next one tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

/// <summary>How often the scheduler looks for due articles.</summary>
public sealed class SchedulerSettings
{
    /// <summary>Seconds between passes.</summary>
    public double IntervalSeconds { get; set; } = 2;
}
