using System.Globalization;
using System.IO.Pipelines;
using Cms.Api.Exchange;
using Cms.Domain.Exchange;

namespace Cms.Api.CommandLine;

/// <summary><c>export [FILE|-]</c>: the HTTP export, to a file or standard output.</summary>
public static class ExportCommand
{
    /// <summary>Exports; progress goes to standard error.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(arguments);
        DateTimeOffset? since = null;
        if (arguments.Option("updated-since") is { } given)
        {
            if (!DateTimeOffset.TryParse(given, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
                return await ImportCommand.RefuseAsync("--updated-since must be an ISO 8601 time such as 2026-11-01T00:00:00Z");
            since = at;
        }
        var filter = ExportFilters.Read(arguments.Option("types"), arguments.Option("status"), since);
        if (filter.Failure is { } invalid) return await ImportCommand.RefuseAsync(invalid.Detail);
        var target = arguments.Positional(0) is { } file and not "-" ? arguments.PathOf(file) : null;
        if (target is not null && File.Exists(target)) return await ImportCommand.RefuseAsync($"{target} exists; an export never overwrites a file");

        await using var stream = target is null ? Console.OpenStandardOutput() : File.Create(target);
        var progress = Progress.OnStandardError("export", "records", null);
        var count = 0L;
        await using (var output = new NdjsonWriter(PipeWriter.Create(stream)))
        {
            await foreach (var record in ReadAhead.Of(services.GetRequiredService<IExportSource>().ReadAsync(filter.Value!, cancellationToken), 1000, cancellationToken))
            {
                await output.WriteAsync(ExchangeLine.From(record), cancellationToken);
                progress.Report(++count, 0, 0);
            }
        }
        progress.Finish(count, 0, 0);
        return CommandLine.Success;
    }
}
