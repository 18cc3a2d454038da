namespace Cms.Domain.Common;

/// <summary>Tells whether the database answers, for readiness checks.</summary>
public interface IStorageProbe
{
    /// <summary>True when a trivial query succeeds.</summary>
    Task<bool> CanReadAsync(CancellationToken cancellationToken);
}
