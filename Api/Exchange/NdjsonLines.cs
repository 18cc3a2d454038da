using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using Cms.Domain.Common;
using Cms.Domain.Exchange;

namespace Cms.Api.Exchange;

/// <summary>Reads NDJSON a line at a time from a stream, so memory stays flat whatever the size; blank lines are skipped but counted.</summary>
public static class NdjsonLines
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// The lines of <paramref name="input"/>, each read by <paramref name="reader"/>; a line longer than <paramref name="maxLineBytes"/>
    /// fails alone. When <paramref name="idle"/> is given, input that brings nothing for that long stops the reading with a
    /// <see cref="TimeoutException"/>.
    /// </summary>
    public static async IAsyncEnumerable<ImportLine> ReadAsync(PipeReader input, LineReader reader, long maxLineBytes,
        [EnumeratorCancellation] CancellationToken cancellationToken, TimeSpan? idle = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(reader);
        var number = 0;
        var skipping = false;
        using var waiting = idle is null ? null : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        while (true)
        {
            var read = await ReadAsync(input, idle, waiting, cancellationToken);
            var buffer = read.Buffer;
            while (TakeLine(ref buffer, read.IsCompleted) is { } line)
            {
                number++;
                if (skipping)
                {
                    skipping = false;
                    yield return TooLong(number, maxLineBytes);
                }
                else if (!IsBlank(line))
                {
                    yield return Read(reader, number, line);
                }
            }
            if (read.IsCompleted)
            {
                if (skipping) yield return TooLong(number + 1, maxLineBytes);
                break;
            }
            if (buffer.Length > maxLineBytes)
            {
                // The rest of an overlong line is dropped as it arrives; the line is answered when its end is found.
                skipping = true;
                buffer = buffer.Slice(buffer.End);
            }
            input.AdvanceTo(buffer.Start, buffer.End);
        }
        await input.CompleteAsync();
    }

    // One read; with an idle limit, the waiting source's timer runs only while the read waits.
    private static async Task<ReadResult> ReadAsync(PipeReader input, TimeSpan? idle, CancellationTokenSource? waiting,
        CancellationToken cancellationToken)
    {
        if (idle is not { } wait || waiting is null) return await input.ReadAsync(cancellationToken);
        waiting.CancelAfter(wait);
        try
        {
            return await input.ReadAsync(waiting.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The body brought nothing for {wait.TotalSeconds:0} s.");
        }
        finally
        {
            waiting.CancelAfter(Timeout.InfiniteTimeSpan);
        }
    }

    private static ReadOnlySequence<byte>? TakeLine(ref ReadOnlySequence<byte> buffer, bool last)
    {
        if (buffer.PositionOf((byte)'\n') is { } end)
        {
            var line = buffer.Slice(0, end);
            buffer = buffer.Slice(buffer.GetPosition(1, end));
            return line;
        }
        if (!last || buffer.Length == 0) return null;
        var rest = buffer;
        buffer = buffer.Slice(buffer.End);
        return rest;
    }

    private static ImportLine Read(LineReader reader, int number, ReadOnlySequence<byte> line)
    {
        var bytes = line.IsSingleSegment ? line.FirstSpan : line.ToArray();
        if (number == 1 && bytes.StartsWith(ByteOrderMark)) bytes = bytes[ByteOrderMark.Length..];
        return reader.Read(number, bytes);
    }

    private static bool IsBlank(ReadOnlySequence<byte> line)
    {
        foreach (var segment in line)
        {
            foreach (var b in segment.Span)
            {
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r')) return false;
            }
        }
        return true;
    }

    private static ImportLine TooLong(int number, long maxLineBytes) =>
        new(number, null, Failure.InvalidField("$", $"is longer than {maxLineBytes} bytes, the most a line may hold"));
}
