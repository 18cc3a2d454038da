namespace Cms.Domain.Common;

/// <summary>The time now, as a port so that tests control it.</summary>
public interface IClock
{
    /// <summary>The current instant in UTC, to the millisecond.</summary>
    DateTimeOffset Now { get; }
}
