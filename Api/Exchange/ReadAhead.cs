using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Cms.Api.Exchange;

/// <summary>
/// Reads a stream of records on another thread, a bounded number ahead of whoever writes them out, so that reading the database
/// and writing JSON run side by side; memory stays flat whatever the size.
/// </summary>
public static class ReadAhead
{
    /// <summary>The same records in the same order, read up to <paramref name="ahead"/> in advance.</summary>
    public static async IAsyncEnumerable<T> Of<T>(IAsyncEnumerable<T> source, int ahead, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(ahead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(async () =>
        {
            try
            {
                await foreach (var item in source.WithCancellation(stop.Token)) await channel.Writer.WriteAsync(item, stop.Token);
                channel.Writer.Complete();
            }
            catch (Exception e)
            {
                channel.Writer.Complete(e);
            }
        }, CancellationToken.None);
        try
        {
            await foreach (var item in channel.Reader.ReadAllAsync(cancellationToken)) yield return item;
        }
        finally
        {
            await stop.CancelAsync();
            await reading;
        }
    }
}
