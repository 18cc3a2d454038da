using System.IO.Pipelines;

namespace Cms.Api.CommandLine;

/// <summary>
/// Standard input as a <see cref="PipeReader"/> whose reads a stop cancels. A read of a pipe or a terminal blocks in the
/// operating system and cannot be cancelled, so it runs on a background thread of its own: a stop answers at once, and the
/// thread still waiting ends with the process.
/// </summary>
public static class StandardInput
{
    private const int Chunk = 64 * 1024;

    /// <summary>
    /// Starts reading <paramref name="input"/> into a pipe until it ends or fails. It reads up to 1 MB ahead of what the
    /// reader has looked at; a line longer than that still arrives whole, since looking at a part counts as reading it.
    /// </summary>
    public static PipeReader Pump(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 16 * Chunk, resumeWriterThreshold: 8 * Chunk, useSynchronizationContext: false));
        new Thread(() => Copy(input, pipe.Writer)) { IsBackground = true, Name = "Standard input" }.Start();
        return pipe.Reader;
    }

    private static void Copy(Stream input, PipeWriter writer)
    {
        try
        {
            while (true)
            {
                var memory = writer.GetMemory(Chunk);
                var count = input.Read(memory.Span);
                if (count == 0) break;
                writer.Advance(count);
                if (writer.FlushAsync().AsTask().GetAwaiter().GetResult().IsCompleted) break;
            }
            writer.Complete();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            writer.Complete(e);
        }
    }
}
