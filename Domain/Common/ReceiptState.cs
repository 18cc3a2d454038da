namespace Cms.Domain.Common;

/// <summary>Where an <c>Idempotency-Key</c> stands.</summary>
public enum ReceiptState
{
    /// <summary>The key is this request's: run it.</summary>
    Claimed,
    /// <summary>An earlier request finished with this key.</summary>
    Finished,
    /// <summary>Another request with this key is still running.</summary>
    Busy,
    /// <summary>An earlier request made what it was sent to, but stopped before its answer was kept.</summary>
    Lost,
}
