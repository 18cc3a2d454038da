using System.Buffers;

namespace Cms.Api.Hosting;

/// <summary>A write-only stream that holds what is written in an array rented from the shared pool, returned on dispose.</summary>
internal sealed class PooledBuffer : Stream
{
    private byte[] array = ArrayPool<byte>.Shared.Rent(16 * 1024);
    private int length;

    /// <summary>The bytes written so far.</summary>
    public ReadOnlyMemory<byte> Written => array.AsMemory(0, length);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => length;

    public override long Position
    {
        get => length;
        set => throw new NotSupportedException();
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (array.Length - length < buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(array.Length * 2, length + buffer.Length));
            array.AsSpan(0, length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(array);
            array = larger;
        }
        buffer.CopyTo(array.AsSpan(length));
        length += buffer.Length;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value) => Write([value]);

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && length >= 0)
        {
            ArrayPool<byte>.Shared.Return(array);
            array = [];
            length = -1;
        }
        base.Dispose(disposing);
    }
}
