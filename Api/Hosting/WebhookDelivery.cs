using Cms.Infrastructure.Webhooks;

namespace Cms.Api.Hosting;

/// <summary>
/// Runs the webhook delivery worker in the background, a round every <c>Cms:Webhooks:PollMilliseconds</c>. A round that fails
/// is logged and the next one retries: the worker never stops the CMS.
/// </summary>
public sealed partial class WebhookDelivery(DeliveryRound round, WebhookSettings settings, ILogger<WebhookDelivery> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Deliver) return;
        var sending = new List<Task>();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                sending.RemoveAll(Finished);
                var due = await round.TakeDueAsync(DeliveryRound.InFlight - sending.Count, stoppingToken);
                sending.AddRange(due.Select(delivery => Task.Run(() => round.SendAsync(delivery, stoppingToken), CancellationToken.None)));
                // More may be due while slots are free: go again at once; otherwise wait for a slot or the next poll.
                if (due.Count > 0 && sending.Count < DeliveryRound.InFlight) continue;
                await Task.WhenAny([Task.Delay(settings.PollMilliseconds, stoppingToken), .. sending]);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                LogRoundFailed(logger, e);
                await Task.Delay(settings.PollMilliseconds, stoppingToken);
            }
        }
        await Task.WhenAll(sending.Select(task => task.ContinueWith(Finished, TaskScheduler.Default)));
    }

    // A delivery that failed outside its attempt (the database refusing its record) is logged; its lease runs out and it is sent again.
    private bool Finished(Task sent)
    {
        if (sent.IsFaulted) LogDeliveryFailed(logger, sent.Exception);
        return sent.IsCompleted;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A webhook delivery's attempt could not be recorded; it is sent again when its lease runs out")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A webhook delivery round failed; the next one retries")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
