namespace Cms.Api.Tests.Http;

/// <summary>The machine's time moved by an offset the test sets, so tests control time instead of sleeping.</summary>
public sealed class TestTime : TimeProvider
{
    private long offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);
}
