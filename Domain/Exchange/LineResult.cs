using Cms.Domain.Common;

namespace Cms.Domain.Exchange;

/// <summary>One input line, read: its number, and the record or why it could not be read.</summary>
/// <param name="Number">The line's number in the input, from 1.</param>
/// <param name="Record">The record, when the line could be read.</param>
/// <param name="Problem">Why the line could not be read.</param>
/// <param name="Kind">The record's kind, when the line could be read that far.</param>
public sealed record ImportLine(int Number, ExchangeRecord? Record, Failure? Problem, string? Kind = null);

/// <summary>What an import did with a line.</summary>
public enum LineOutcome
{
    /// <summary>A new record was written.</summary>
    Created,
    /// <summary>An existing record was changed.</summary>
    Updated,
    /// <summary>The record was already as the line says.</summary>
    Unchanged,
    /// <summary>Nothing was written for the line; see the problem.</summary>
    Failed,
}

/// <summary>The answer for one input line.</summary>
/// <param name="Line">The line's number.</param>
/// <param name="Kind">The record's kind, when the line could be read that far.</param>
/// <param name="Outcome">What was done.</param>
/// <param name="Id">The record's id, unless the line failed.</param>
/// <param name="Slug">The record's slug, unless the line failed.</param>
/// <param name="Problem">Why the line failed.</param>
public sealed record LineResult(int Line, string? Kind, LineOutcome Outcome, Guid? Id, string? Slug, Failure? Problem)
{
    /// <summary>A failed line.</summary>
    public static LineResult Failed(int line, string? kind, Failure problem) => new(line, kind, LineOutcome.Failed, null, null, problem);
}

/// <summary>How an import runs.</summary>
/// <param name="BatchSize">Lines per transaction; each batch is written whole or not at all.</param>
/// <param name="DryRun">Check every line and write nothing.</param>
public sealed record ImportOptions(int BatchSize, bool DryRun)
{
    /// <summary>The batch size when none is asked for.</summary>
    public const int DefaultBatchSize = 500;

    /// <summary>The largest batch accepted.</summary>
    public const int MaxBatchSize = 5000;

    /// <summary>
    /// How many cores plan and prepare a batch: all but one, which the writer committing the batch before keeps. On two
    /// cores, planning on both made the writer wait for a core.
    /// </summary>
    public static ParallelOptions Planning { get; } = new() { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount - 1) };
}

/// <summary>Counts of what an import did, kept as the results go by.</summary>
public sealed class ImportTally
{
    /// <summary>Lines answered.</summary>
    public int Lines { get; private set; }

    /// <summary>Records created.</summary>
    public int Created { get; private set; }

    /// <summary>Records changed.</summary>
    public int Updated { get; private set; }

    /// <summary>Records already as the line said.</summary>
    public int Unchanged { get; private set; }

    /// <summary>Lines that failed.</summary>
    public int Failed { get; private set; }

    /// <summary>Counts one result.</summary>
    public void Count(LineResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Lines++;
        switch (result.Outcome)
        {
            case LineOutcome.Created: Created++; break;
            case LineOutcome.Updated: Updated++; break;
            case LineOutcome.Unchanged: Unchanged++; break;
            default: Failed++; break;
        }
    }
}
