using System.Globalization;
using System.IO.Pipelines;
using Cms.Api.Exchange;
using Cms.Api.Hosting;
using Cms.Domain.Access;
using Cms.Domain.Exchange;

namespace Cms.Api.CommandLine;

/// <summary><c>import FILE|FOLDER|-</c>: the HTTP import's own path, from a file, standard input or a folder of Markdown files.</summary>
public static class ImportCommand
{
    /// <summary>Reads the source, the batch size and a folder's language and base URL.</summary>
    public static Prepared Prepare(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.Positional(0) is not { } source) return Prepared.Refused("import needs a file, a folder, or - for standard input");
        var batchSize = ImportOptions.DefaultBatchSize;
        if (arguments.Option("batch-size") is { } size
            && (!int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out batchSize) || batchSize is < 1 or > ImportOptions.MaxBatchSize))
            return Prepared.Refused($"--batch-size must be from 1 to {ImportOptions.MaxBatchSize}");
        var options = new ImportOptions(batchSize, arguments.Has("dry-run"));
        var path = source == "-" ? null : arguments.PathOf(source);
        if (path is not null && !File.Exists(path) && !Directory.Exists(path)) return Prepared.Refused($"{path} does not exist");
        Uri? baseUrl = null;
        if (arguments.Option("base-url") is { } site && !Uri.TryCreate(site, UriKind.Absolute, out baseUrl))
            return Prepared.Refused("--base-url must be an absolute URL such as https://news.example/");
        var language = arguments.Option("language") ?? "en";
        return Prepared.To((services, cancellationToken) => RunAsync(services, path, options, language, baseUrl, cancellationToken));
    }

    // Imports; failed lines and the summary go to standard output, progress to standard error.
    private static async Task<int> RunAsync(IServiceProvider services, string? path, ImportOptions options, string language, Uri? baseUrl,
        CancellationToken cancellationToken)
    {
        var reader = services.GetRequiredService<LineReader>();
        var limits = services.GetRequiredService<BodySizeLimit.Settings>();
        var folder = path is not null && Directory.Exists(path)
            ? new MarkdownFolder(reader, path, language, baseUrl, limits.MaxBytes)
            : null;
        await using var input = folder is not null ? Stream.Null : path is null ? Console.OpenStandardInput() : File.OpenRead(path);
        var lines = folder?.ReadAsync(cancellationToken)
            ?? NdjsonLines.ReadAsync(input.CanSeek ? PipeReader.Create(input, new StreamPipeReaderOptions(leaveOpen: true)) : StandardInput.Pump(input),
                reader, limits.MaxBytes, cancellationToken);
        var progress = Progress.OnStandardError(options.DryRun ? "import (dry run)" : "import", "lines", folder is null && input.CanSeek ? input.Length : null);
        var tally = new ImportTally();
        await using var output = new NdjsonWriter(PipeWriter.Create(Console.OpenStandardOutput()));
        string? stopped = null;
        try
        {
            await foreach (var batch in services.GetRequiredService<ImportDesk>().RunAsync(lines, options, Caller.System("command line"), cancellationToken))
            {
                foreach (var result in batch)
                {
                    tally.Count(result);
                    if (result.Outcome == LineOutcome.Failed)
                        await output.WriteAsync(ImportResultLine.From(result, folder?.Sources.GetValueOrDefault(result.Line)), cancellationToken);
                }
                await output.FlushAsync(cancellationToken);
                progress.Report(tally.Lines, tally.Failed, input.CanSeek ? input.Position : 0);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            stopped = "Interrupted: the lines answered above are written, later ones may or may not be. Run the same import again to finish it; it changes nothing already written.";
        }
        progress.Finish(tally.Lines, tally.Failed, input.CanSeek ? input.Position : 0, stopped is null ? "done" : "interrupted");
        await output.WriteAsync(new ImportSummaryLine(ImportSummary.Of(tally, options.DryRun, stopped)), CancellationToken.None);
        await output.FlushAsync(CancellationToken.None);
        cancellationToken.ThrowIfCancellationRequested();
        return tally.Failed == 0 ? CommandLine.Success : tally.Failed == tally.Lines ? CommandLine.Failure : CommandLine.PartialFailure;
    }

    internal static async Task<int> RefuseAsync(string problem)
    {
        await Console.Error.WriteLineAsync($"error: {problem}");
        return CommandLine.Failure;
    }
}
