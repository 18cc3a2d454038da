using System.Globalization;
using Cms.Domain.Access;
using Cms.Domain.Operations;

namespace Cms.Api.CommandLine;

/// <summary><c>migrate</c>, <c>backup FILE</c> and <c>stats</c>.</summary>
public static class OperatorCommands
{
    /// <summary>Says what the migration (run before every command) did.</summary>
    public static async Task<int> MigratedAsync(int applied)
    {
        await Console.Out.WriteLineAsync(applied == 0 ? "The database is up to date." : $"Applied {applied} migration(s).");
        return CommandLine.Success;
    }

    /// <summary>Copies the database while it serves, and checks the copy.</summary>
    public static async Task<int> BackupAsync(IStorageMaintenance maintenance, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(maintenance);
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.Positional(0) is not { } file) return await ImportCommand.RefuseAsync("backup needs the file to write");
        var report = await maintenance.BackupAsync(arguments.PathOf(file), cancellationToken);
        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Backed up to {report.Path} ({report.Bytes / 1048576.0:N1} MB); integrity check: {report.IntegrityCheck}"));
        return report.IntegrityCheck == "ok" ? CommandLine.Success : CommandLine.Failure;
    }

    /// <summary><c>keys create --name N --role R [--author SLUG] [--expires-at T]</c>: makes a key and prints its secret, once.</summary>
    public static async Task<int> CreateKeyAsync(KeyDesk keys, CommandArguments arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.Positional(0) != "create") return await ImportCommand.RefuseAsync("the keys command is: keys create --name NAME --role ROLE");
        if (arguments.Option("name") is not { Length: > 0 } name) return await ImportCommand.RefuseAsync("keys create needs --name");
        if (RoleNames.Parse(arguments.Option("role") ?? "") is not { } role)
            return await ImportCommand.RefuseAsync("keys create needs --role contributor, author, editor or admin");
        DateTimeOffset? expires = null;
        if (arguments.Option("expires-at") is { } given)
        {
            if (!DateTimeOffset.TryParse(given, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
                return await ImportCommand.RefuseAsync("--expires-at must be an ISO 8601 time");
            expires = at;
        }
        var made = await keys.CreateAsync(new KeyOrder(name, role, arguments.Option("author"), expires), cancellationToken);
        if (made.Failure is { } refused) return await ImportCommand.RefuseAsync(refused.Detail);
        var (key, secret) = made.Value;
        await Console.Error.WriteLineAsync($"Made {role.Name()} key '{name}' ({key.Key.Id}); its secret is shown this once:");
        await Console.Out.WriteLineAsync(secret);
        return CommandLine.Success;
    }

    /// <summary>Checks the database's integrity and foreign keys.</summary>
    public static async Task<int> CheckAsync(IStorageMaintenance maintenance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(maintenance);
        var verdict = await maintenance.CheckAsync(cancellationToken);
        await Console.Out.WriteLineAsync($"check: {verdict}");
        return verdict == "ok" ? CommandLine.Success : CommandLine.Failure;
    }

    /// <summary>Merges the search index into one segment.</summary>
    public static async Task<int> MergeSearchIndexAsync(IStorageMaintenance maintenance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(maintenance);
        var merged = await maintenance.MergeSearchIndexAsync(cancellationToken);
        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"search index: {merged.SegmentsBefore} segments, now {merged.SegmentsAfter}"));
        return CommandLine.Success;
    }

    /// <summary>Prints what the newsroom holds.</summary>
    public static async Task<int> StatsAsync(IStorageMaintenance maintenance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(maintenance);
        var stats = await maintenance.StatsAsync(cancellationToken);
        static string Counts(IReadOnlyDictionary<string, long> counts) =>
            counts.Count == 0 ? "none" : string.Join(", ", counts.Select(pair => string.Create(CultureInfo.InvariantCulture, $"{pair.Value:N0} {pair.Key}")));
        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"""
            schema version  {stats.SchemaVersion}
            articles        {stats.ArticlesByStatus.Values.Sum():N0} ({Counts(stats.ArticlesByStatus)})
            authors         {stats.Authors:N0}
            tags            {stats.Tags:N0}
            webhooks        {stats.Webhooks:N0}
            deliveries      {Counts(stats.DeliveriesByState)}
            typesetting     {stats.TypesettingWaiting:N0} waiting
            database        {stats.DatabaseBytes / 1048576.0:N1} MB
            """));
        return CommandLine.Success;
    }
}
