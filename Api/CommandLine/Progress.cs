using System.Diagnostics;
using System.Globalization;

namespace Cms.Api.CommandLine;

/// <summary>
/// Shows how long work is going: on a terminal a bar (when the size is known) with counts and rate, redrawn in place;
/// when the output is redirected, a plain line every few seconds. Always on standard error, so standard output stays data.
/// </summary>
public sealed class Progress(string verb, string unit, long? totalBytes, TextWriter output, bool terminal)
{
    private static readonly TimeSpan TerminalEvery = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan LogEvery = TimeSpan.FromSeconds(5);
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan shown = TimeSpan.Zero;

    /// <summary>Progress for this process's standard error.</summary>
    public static Progress OnStandardError(string verb, string unit, long? totalBytes) =>
        new(verb, unit, totalBytes, Console.Error, !Console.IsErrorRedirected);

    /// <summary>Shows the counts if it is time to.</summary>
    /// <param name="done">Items done so far.</param>
    /// <param name="failed">Items that failed so far.</param>
    /// <param name="bytes">Bytes of input read so far, when the size is known.</param>
    public void Report(long done, long failed, long bytes)
    {
        if (clock.Elapsed - shown < (terminal ? TerminalEvery : LogEvery)) return;
        shown = clock.Elapsed;
        Show(done, failed, bytes, end: null);
    }

    /// <summary>Shows the final counts, and how the work ended when it did not end done.</summary>
    public void Finish(long done, long failed, long bytes, string end = "done") => Show(done, failed, bytes, end);

    // The counts; with how the work ended, the last line.
    private void Show(long done, long failed, long bytes, string? end)
    {
        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
        var percent = totalBytes is > 0 ? Math.Min(100, 100.0 * bytes / totalBytes.Value) : (double?)null;
        var counts = string.Create(CultureInfo.InvariantCulture,
            $"{done,10:N0} {unit}  {done / seconds,8:N0}/s{(failed > 0 ? $"  {failed:N0} failed" : "")}  {clock.Elapsed:hh\\:mm\\:ss}");
        if (terminal)
        {
            var bar = percent is { } p ? $"[{new string('#', (int)(p / 5)),-20}] {p,5:F1} %  " : "";
            output.Write($"\r{verb} {bar}{counts}{(end is null ? "" : Environment.NewLine)}");
        }
        else
        {
            var share = percent is { } p ? string.Create(CultureInfo.InvariantCulture, $" ({p:F0} %)") : "";
            output.WriteLine($"{verb}:{share} {counts.Trim()}{(end is null ? "" : $" — {end}")}");
        }
        output.Flush();
    }
}
