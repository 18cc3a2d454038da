using Cms.Domain.Common;

namespace Cms.Infrastructure;

/// <summary>The machine's clock, to the millisecond as stored.</summary>
public sealed class SystemClock(TimeProvider time) : IClock
{
    /// <inheritdoc />
    public DateTimeOffset Now
    {
        get
        {
            var now = time.GetUtcNow();
            return new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
        }
    }
}
