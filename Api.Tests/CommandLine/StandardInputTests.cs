using System.Buffers;
using System.IO.Pipelines;
using System.IO.Pipes;
using System.Text;
using Cms.Api.CommandLine;

namespace Cms.Api.Tests.CommandLine;

public sealed class StandardInputTests
{
    [Test]
    public async Task A_stop_ends_a_read_that_the_operating_system_keeps_waiting()
    {
        using var input = new SilentInput();
        var reader = StandardInput.Pump(input);
        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var reading = reader.ReadAsync(stop.Token).AsTask();
        var first = await Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(30)));

        Assert.That(first, Is.SameAs(reading), "the read was still waiting after the stop");
        Assert.That(async () => await reading, Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public async Task Everything_written_to_the_pipe_is_read_in_order_until_it_closes()
    {
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"{{\"line\":{i}}}\n"));
        using var sent = new SentInput(Encoding.UTF8.GetBytes(text));

        var read = new MemoryStream();
        await sent.Reader.CopyToAsync(read);
        await sent.Writing;

        Assert.That(Encoding.UTF8.GetString(read.ToArray()), Is.EqualTo(text));
    }

    [Test]
    public async Task A_line_longer_than_the_read_ahead_arrives_whole()
    {
        const int longest = 3 * 1024 * 1024;
        using var sent = new SentInput(Encoding.UTF8.GetBytes(new string('a', longest - 1) + "\n"));
        var reader = sent.Reader;

        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var read = await reader.ReadAsync(patience.Token);
            if (read.Buffer.PositionOf((byte)'\n') is not null)
            {
                Assert.That(read.Buffer.Length, Is.EqualTo(longest));
                break;
            }
            Assert.That(read.IsCompleted, Is.False, "the input ended before the line did");
            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
        await sent.Writing;
    }

    /// <summary>An operating system pipe read through the pump, whose writer sends the bytes and closes.</summary>
    private sealed class SentInput : IDisposable
    {
        private readonly AnonymousPipeServerStream writer = new(PipeDirection.Out);
        private readonly AnonymousPipeClientStream input;

        public SentInput(byte[] bytes)
        {
            input = new AnonymousPipeClientStream(PipeDirection.In, writer.ClientSafePipeHandle);
            Reader = StandardInput.Pump(input);
            Writing = Task.Run(async () =>
            {
                await writer.WriteAsync(bytes);
                writer.Close();
            });
        }

        public PipeReader Reader { get; }

        public Task Writing { get; }

        public void Dispose()
        {
            input.Dispose();
            writer.Dispose();
        }
    }

    /// <summary>A pipe whose writer stays silent: a read waits, whatever is cancelled, until the input is disposed.</summary>
    private sealed class SilentInput : Stream
    {
        private readonly ManualResetEventSlim closed = new();

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            closed.Wait();
            return 0;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            closed.Set();
            if (disposing) closed.Dispose();
            base.Dispose(disposing);
        }
    }
}
