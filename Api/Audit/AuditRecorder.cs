using Cms.Domain.Audit;
using Cms.Domain.Common;

namespace Cms.Api.Audit;

/// <summary>Writes audit entries; a failure to store one is logged, never turned into a failure of the request it describes.</summary>
public sealed partial class AuditRecorder(IAuditLog log, IClock clock, ILogger<AuditRecorder> logger)
{
    /// <summary>Records an entry dated now.</summary>
    public async Task RecordAsync(Guid? keyId, string? keyName, string action, string resource, int status)
    {
        var now = clock.Now;
        try
        {
            await log.RecordAsync(new AuditEntry(Guid.CreateVersion7(now), now, keyId, keyName, action, resource, status), CancellationToken.None);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            LogLost(logger, e, action, resource);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit entry for {Action} on {Resource} could not be stored")]
    private static partial void LogLost(ILogger logger, Exception exception, string action, string resource);
}
