using System.Globalization;
using System.IO.Pipelines;
using Cms.Api.Exchange;
using Cms.Domain.Exchange;
using Microsoft.Win32.SafeHandles;

namespace Cms.Api.CommandLine;

/// <summary><c>export [FILE|-]</c>: the HTTP export, to a file or standard output.</summary>
public static class ExportCommand
{
    /// <summary>Reads the filters and the file to write.</summary>
    public static Prepared Prepare(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        DateTimeOffset? since = null;
        if (arguments.Option("updated-since") is { } given)
        {
            if (!DateTimeOffset.TryParse(given, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
                return Prepared.Refused("--updated-since must be an ISO 8601 time such as 2026-11-01T00:00:00Z");
            since = at;
        }
        var filter = ExportFilters.Read(arguments.Option("types"), arguments.Option("status"), since);
        if (filter.Failure is { } invalid) return Prepared.Refused(invalid.Detail);
        var target = arguments.Positional(0) is { } file and not "-" ? arguments.PathOf(file) : null;
        if (target is not null && OutputFile.Problem(target, "an export") is { } problem) return Prepared.Refused(problem);
        return Prepared.To((services, cancellationToken) => RunAsync(services, filter.Value!, target, cancellationToken));
    }

    // Exports; progress goes to standard error.
    private static async Task<int> RunAsync(IServiceProvider services, ExportFilter filter, string? target, CancellationToken cancellationToken)
    {
        using var file = target is null ? null : OutputFile.Create(target);
        var progress = Progress.OnStandardError("export", "records", null);
        var count = 0L;
        await using (var stream = file is null ? StandardOutput() : File.OpenWrite(file.Partial))
        await using (var output = new NdjsonWriter(PipeWriter.Create(stream)))
        {
            await foreach (var record in ReadAhead.Of(services.GetRequiredService<IExportSource>().ReadAsync(filter, cancellationToken), 1000, cancellationToken))
            {
                await output.WriteAsync(ExchangeLine.From(record), cancellationToken);
                progress.Report(++count, 0, 0);
            }
        }
        file?.Keep();
        progress.Finish(count, 0, 0);
        return CommandLine.Success;
    }

    // Standard output as a file: the console's own stream takes a closed pipe for success and writes on into nothing, so an
    // export whose reader went away would end as if it had been read whole.
    private static Stream StandardOutput() =>
        OperatingSystem.IsWindows() ? Console.OpenStandardOutput() : new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, 0);
}
