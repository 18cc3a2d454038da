using System.Data.Common;
using Cms.Api.Hosting;
using Cms.Domain.Settings;

namespace Cms.Api.Settings;

/// <summary>
/// Asks the database for the settings' version every few seconds, so that when several instances serve the API,
/// a change saved on one reaches the others within that interval.
/// </summary>
public sealed partial class SettingsRefresh(SiteSettingsCache settings, ContentChanges changes, TimeProvider time,
    SettingsRefresh.Interval interval, ILogger<SettingsRefresh> logger) : BackgroundService
{
    /// <summary>Reloads the settings if another instance changed them, and then drops cached answers made with the old ones.</summary>
    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        if (await settings.RefreshAsync(cancellationToken)) changes.Announce();
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval.Every, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await CheckAsync(stoppingToken);
            }
            catch (DbException e)
            {
                LogFailed(logger, e);
            }
        }
    }

    /// <summary>How often to look.</summary>
    /// <param name="Every">The time between two looks.</param>
    public sealed record Interval(TimeSpan Every);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check the site settings' version; the copy in memory stays as it is")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
