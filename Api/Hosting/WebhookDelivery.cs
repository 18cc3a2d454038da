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
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A full round may leave more due: go again at once.
                if (await round.RunAsync(stoppingToken) > 0) continue;
                await Task.Delay(settings.PollMilliseconds, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogRoundFailed(logger, e);
                await Task.Delay(settings.PollMilliseconds, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A webhook delivery round failed; the next one retries")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
