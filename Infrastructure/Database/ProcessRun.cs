namespace Cms.Infrastructure.Database;

/// <summary>This process run's mark on the Idempotency-Key receipts it claims: a receipt marked by another run is not this process's.</summary>
internal static class ProcessRun
{
    /// <summary>The mark, new with each start.</summary>
    public static readonly string Mark = Guid.NewGuid().ToString("N");
}
