using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Cms.Domain.Exchange;

namespace Cms.Api.Exchange;

/// <summary>The answer to one input line of an import.</summary>
/// <param name="Line">The line's number, from 1.</param>
/// <param name="Type">The record's type, when the line could be read that far.</param>
/// <param name="Result"><c>created</c>, <c>updated</c>, <c>unchanged</c> or <c>failed</c>.</param>
/// <param name="Id">The record's id, unless the line failed.</param>
/// <param name="Slug">The record's slug, unless the line failed.</param>
/// <param name="Code">Why the line failed, as a stable code.</param>
/// <param name="Detail">Why the line failed, in a sentence.</param>
/// <param name="Errors">For invalid input, the messages by field path.</param>
/// <param name="File">For a folder of Markdown files (command line), the file the line came from.</param>
public sealed record ImportResultLine(int Line, string? Type, string Result, Guid? Id = null, string? Slug = null, string? Code = null,
    string? Detail = null, IReadOnlyDictionary<string, string[]>? Errors = null, string? File = null)
{
    /// <summary>The line for a result; <paramref name="file"/> names its source file, if any.</summary>
    public static ImportResultLine From(LineResult result, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var outcome = result.Outcome.ToString().ToLowerInvariant();
        return result.Problem is { } problem
            ? new ImportResultLine(result.Line, result.Kind, outcome, Code: problem.Code, Detail: problem.Detail, Errors: problem.Errors, File: file)
            : new ImportResultLine(result.Line, result.Kind, outcome, result.Id, result.Slug, File: file);
    }
}

/// <summary>The last line of an import's answer.</summary>
/// <param name="Summary">The counts.</param>
public sealed record ImportSummaryLine(ImportSummary Summary);

/// <summary>What an import did, counted.</summary>
/// <param name="Lines">Lines answered (blank lines are not).</param>
/// <param name="Created">Records created.</param>
/// <param name="Updated">Records changed.</param>
/// <param name="Unchanged">Records already as their line said.</param>
/// <param name="Failed">Lines that failed; nothing was written for them.</param>
/// <param name="DryRun">True when nothing was written at all.</param>
/// <param name="Error">Set when the import stopped before the end of the input; the lines answered before it stand.</param>
public sealed record ImportSummary(int Lines, int Created, int Updated, int Unchanged, int Failed, bool DryRun, string? Error = null)
{
    /// <summary>The summary of a tally.</summary>
    public static ImportSummary Of(ImportTally tally, bool dryRun, string? error = null)
    {
        ArgumentNullException.ThrowIfNull(tally);
        return new ImportSummary(tally.Lines, tally.Created, tally.Updated, tally.Unchanged, tally.Failed, dryRun, error);
    }
}

/// <summary>Writes NDJSON, one value per line, flushing as it goes so the client sees lines as they are made.</summary>
public sealed class NdjsonWriter(PipeWriter output) : IAsyncDisposable
{
    private const int FlushBytes = 64 * 1024;
    private readonly Utf8JsonWriter json = new(output, new JsonWriterOptions { Encoder = ExchangeJson.Writing.Encoder, SkipValidation = true });

    /// <summary>Writes one value and a line break; flushes when enough is waiting.</summary>
    public async ValueTask WriteAsync<T>(T value, CancellationToken cancellationToken)
    {
        JsonSerializer.Serialize(json, value, ExchangeJson.Writing);
        json.Flush();
        json.Reset();
        output.Write("\n"u8);
        if (output.UnflushedBytes >= FlushBytes) await output.FlushAsync(cancellationToken);
    }

    /// <summary>Values as NDJSON text, one per line.</summary>
    public static string Render<T>(IEnumerable<T> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var text = new System.Text.StringBuilder();
        foreach (var value in values) text.Append(JsonSerializer.Serialize(value, ExchangeJson.Writing)).Append('\n');
        return text.ToString();
    }

    /// <summary>Sends what is waiting.</summary>
    public async ValueTask FlushAsync(CancellationToken cancellationToken) => await output.FlushAsync(cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await output.FlushAsync();
        await json.DisposeAsync();
    }
}
