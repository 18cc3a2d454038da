using System.Globalization;
using System.Text.Json;
using Cms.Api.Hosting;
using Cms.Api.Keys;
using Cms.Domain.Access;
using Cms.Domain.Operations;

namespace Cms.Api.CommandLine;

/// <summary><c>migrate</c>, <c>backup FILE</c>, <c>keys create</c>, <c>stats</c>, <c>check</c> and <c>search-merge</c>.</summary>
public static class OperatorCommands
{
    /// <summary>Says what the migration (run before every command) did.</summary>
    public static async Task<int> MigratedAsync(int applied)
    {
        await Console.Out.WriteLineAsync(applied == 0 ? "The database is up to date." : $"Applied {applied} migration(s).");
        return CommandLine.Success;
    }

    /// <summary>Reads the file a backup writes: a new file, not standard output.</summary>
    public static Prepared PrepareBackup(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.Positional(0) is not { } file) return Prepared.Refused("backup needs the file to write");
        if (file == "-") return Prepared.Refused("backup needs a file to write, not - (a database cannot go to standard output)");
        var target = arguments.PathOf(file);
        if (OutputFile.Problem(target, "a backup") is { } problem) return Prepared.Refused(problem);
        return Prepared.To((services, cancellationToken) => BackupAsync(services.GetRequiredService<IStorageMaintenance>(), target, cancellationToken));
    }

    // Copies the database while it serves and checks the copy, which is kept only when sound.
    private static async Task<int> BackupAsync(IStorageMaintenance maintenance, string target, CancellationToken cancellationToken)
    {
        using var file = OutputFile.Create(target);
        var report = await maintenance.BackupAsync(file.Partial, cancellationToken);
        if (report.IntegrityCheck != "ok")
            return await ImportCommand.RefuseAsync($"the copy fails SQLite's integrity check, so no backup was written: {report.IntegrityCheck}");
        file.Keep();
        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Backed up to {target} ({report.Bytes / 1048576.0:N1} MB); integrity check: {report.IntegrityCheck}"));
        return CommandLine.Success;
    }

    /// <summary>
    /// Reads <c>keys create --name N --role R [--author SLUG] [--expires-at T]</c> by the rules of the API's
    /// <c>POST /api/v1/keys</c>, and that the expiry is ahead of the machine's clock; whether the author exists is the desk's.
    /// </summary>
    public static Prepared PrepareKey(CommandArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.Positional(0) != "create") return Prepared.Refused("the keys command is: keys create --name NAME --role ROLE");
        if (arguments.Option("name") is not { } name) return Prepared.Refused("keys create needs --name");
        if (RoleNames.Parse(arguments.Option("role") ?? "") is not { } role)
            return Prepared.Refused("keys create needs --role contributor, author, editor or admin");
        DateTimeOffset? expires = null;
        if (arguments.Option("expires-at") is { } given)
        {
            expires = StrictJson.Instant(given, out var problem);
            if (problem is not null) return Prepared.Refused($"--expires-at {problem}");
            if (expires <= DateTimeOffset.UtcNow) return Prepared.Refused("--expires-at must be in the future");
        }
        var request = new KeyRequest(name, role, arguments.Option("author"), expires);
        RuleMessages.Use();
        if (new KeyRequestValidator().Validate(request) is { IsValid: false } invalid)
            return Prepared.Refused(string.Join("; ", invalid.Errors.Select(error => $"--{JsonNamingPolicy.KebabCaseLower.ConvertName(error.PropertyName)} {error.ErrorMessage}")));
        return Prepared.To((services, cancellationToken) => CreateKeyAsync(services.GetRequiredService<KeyDesk>(), request.ToOrder(), cancellationToken));
    }

    // Makes the key and prints its secret, once.
    private static async Task<int> CreateKeyAsync(KeyDesk keys, KeyOrder order, CancellationToken cancellationToken)
    {
        var made = await keys.CreateAsync(order, cancellationToken);
        if (made.Failure is { } refused) return await ImportCommand.RefuseAsync(refused.Detail);
        var (key, secret) = made.Value;
        await Console.Error.WriteLineAsync($"Made {order.Role.Name()} key '{order.Name}' ({key.Key.Id}); its secret is shown this once:");
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
