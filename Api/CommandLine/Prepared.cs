namespace Cms.Api.CommandLine;

/// <summary>What a command does on the database once its arguments are read; returns the exit code.</summary>
public delegate Task<int> CommandWork(IServiceProvider services, CancellationToken cancellationToken);

/// <summary>
/// A command read from its arguments before any database is opened: the work to do, or why the arguments are refused
/// (so that a refused command makes no database).
/// </summary>
/// <param name="Work">The work, when the arguments are sound.</param>
/// <param name="Problem">Why they are not.</param>
public sealed record Prepared(CommandWork? Work, string? Problem)
{
    /// <summary>Arguments found sound, and the work they ask for.</summary>
    public static Prepared To(CommandWork work) => new(work, null);

    /// <summary>Arguments refused for <paramref name="problem"/>.</summary>
    public static Prepared Refused(string problem) => new(null, problem);
}
