using Cms.Api.Hosting;
using Cms.Domain.Access;
using Cms.Domain.Operations;
using Cms.Domain.Settings;
using Microsoft.Data.Sqlite;

namespace Cms.Api.CommandLine;

/// <summary>
/// The same build as the web server, run as a tool for scripts and operators: <c>import</c>, <c>export</c>, <c>keys create</c>, <c>migrate</c>,
/// <c>backup</c>, <c>stats</c>, <c>check</c>. It works on the server's database, with the server's code, and leaves webhook delivery to the
/// server. Exit codes: 0 success, 1 failure, 2 partial failure (some import lines failed, the others were written).
/// </summary>
public static class CommandLine
{
    /// <summary>Everything went through.</summary>
    public const int Success = 0;

    /// <summary>Nothing, or not everything asked, was done: bad usage, a missing file, a stopped run.</summary>
    public const int Failure = 1;

    /// <summary>Some lines failed; the others were written.</summary>
    public const int PartialFailure = 2;

    private const string Usage = """
        Newsroom CMS command line (with no command, the web server starts).

          import FILE|FOLDER|-   Import NDJSON (a file, or - for standard input), or a folder of Markdown files with YAML
                                 front matter. Failed lines and the summary go to standard output, as NDJSON.
              --dry-run            check every line, write nothing
              --batch-size N       lines per transaction (default 500)
              --language TAG       a folder's articles' language when their front matter names none (default en)
              --base-url URL       what a folder's relative image paths are relative to
          export [FILE|-]        Export as NDJSON (default: standard output)
              --types LIST         author,tag,article (default all)
              --status STATUS      only articles with this status
              --updated-since T    only records changed at or after T (ISO 8601)
          keys create            Make an API key and print its secret (shown once) on standard output
              --name NAME          what the key is for
              --role ROLE          contributor, author, editor or admin
              --author SLUG        the author a contributor or author key acts as
              --expires-at T       when it stops working (ISO 8601)
          migrate                Apply the database migrations
          backup FILE            Copy the database to FILE while the CMS keeps serving, then check the copy
          stats                  Count articles, authors, tags, webhooks and deliveries
          check                  Run SQLite's integrity and foreign-key checks (exit 1 when they find anything)
          search-merge           Merge the search index into one segment, dropping what deleted and edited articles left
                                 in it (writes wait meanwhile: 4 to 20 s for 100,000 articles)

        Every command takes --db PATH to work on another SQLite file than the server's (only import, keys and migrate
        make it when it does not exist).
        Progress goes to standard error: a bar on a terminal, a line every 5 s otherwise.
        Exit codes: 0 success, 1 failure, 2 partial failure.
        """;

    // The commands that make a database when --db names none; the others read one and would only find an empty one.
    private static readonly string[] Making = ["import", "keys", "migrate"];

    // Each command, the most positional arguments it takes (a file, or keys' "create") and its options besides --db.
    private static readonly Dictionary<string, (int MostPositional, string[] Options)> Shapes = new(StringComparer.Ordinal)
    {
        ["import"] = (1, ["dry-run", "batch-size", "language", "base-url"]),
        ["export"] = (1, ["types", "status", "updated-since"]),
        ["keys"] = (1, ["name", "role", "author", "expires-at"]),
        ["backup"] = (1, []), ["migrate"] = (0, []), ["stats"] = (0, []), ["check"] = (0, []), ["search-merge"] = (0, []),
    };

    /// <summary>
    /// True when the arguments name a command rather than start the server, whose arguments are all <c>--name value</c>
    /// settings: a first word that is none of the commands is an unknown command, not a server start.
    /// </summary>
    public static bool Wants(string[] args) => args.Length > 0 && (!args[0].StartsWith('-') || args[0] is "--help" or "-h");

    /// <summary>Runs the command; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var parsed = CommandArguments.Parse(args);
        var help = parsed.Command is "help" or "--help" or "-h";
        if (!help) parsed = Checked(parsed);
        if (help || parsed.Problem is not null)
        {
            if (parsed.Problem is { } problem) await Console.Error.WriteLineAsync($"error: {problem}\n");
            await Console.Error.WriteLineAsync(Usage);
            return parsed.Problem is null ? Success : Failure;
        }
        var prepared = Prepare(parsed);
        if (prepared.Problem is { } refused) return await ImportCommand.RefuseAsync(refused);
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        var host = Host(parsed);
        using var scratch = host.Scratch;
        await using var app = host.App;
        if (parsed.Command == "keys" && parsed.Option("author") is { } author && !File.Exists(host.Database))
            return await ImportCommand.RefuseAsync($"no author {author}: {host.Database} does not exist yet, so it has no authors");
        var maintenance = app.Services.GetRequiredService<IStorageMaintenance>();
        try
        {
            var migrated = await maintenance.MigrateAsync(stop.Token);
            await app.Services.GetRequiredService<SiteSettingsCache>().RefreshAsync(stop.Token);
            return prepared.Work is { } work ? await work(app.Services, stop.Token) : await OperatorCommands.MigratedAsync(migrated);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("\nstopped: every batch answered before the stop is written; run the same command again to finish.");
            return Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Data.Common.DbException)
        {
            await Console.Error.WriteLineAsync($"\nerror: {e.Message}");
            return Failure;
        }
    }

    // The arguments, or refused: an unknown command, an option of another command, more arguments than the command takes, or
    // a database to read that is not there (a folder, or an empty file, which SQLite would take for a new database and the
    // migrations would fill).
    private static CommandArguments Checked(CommandArguments parsed)
    {
        if (parsed.Problem is not null) return parsed;
        if (!Shapes.TryGetValue(parsed.Command, out var shape)) return CommandArguments.Refused($"unknown command {parsed.Command}");
        if (parsed.OptionNames.FirstOrDefault(name => name != "db" && !shape.Options.Contains(name)) is { } other)
            return CommandArguments.Refused($"{parsed.Command} takes no option --{other}");
        var most = shape.MostPositional;
        if (parsed.PositionalCount > most)
            return CommandArguments.Refused($"{parsed.Command} takes {(most == 0 ? "no argument" : "one argument")}, not {parsed.PositionalCount}");
        if (Making.Contains(parsed.Command) || parsed.Option("db") is not { } db) return parsed;
        var path = parsed.PathOf(db);
        var only = $"only {string.Join(", ", Making)} make a new database";
        if (Directory.Exists(path)) return CommandArguments.Refused($"{path} is a folder, not a database file");
        if (!File.Exists(path)) return CommandArguments.Refused($"{path} does not exist; {only}");
        if (new FileInfo(path).Length == 0) return CommandArguments.Refused($"{path} is empty, not a CMS database; {only}");
        return parsed;
    }

    // The command's work, or why its arguments are refused, before any database is opened; migrate's work is the migration
    // every command starts with.
    private static Prepared Prepare(CommandArguments parsed) => parsed.Command switch
    {
        "import" => ImportCommand.Prepare(parsed),
        "export" => ExportCommand.Prepare(parsed),
        "backup" => OperatorCommands.PrepareBackup(parsed),
        "keys" => OperatorCommands.PrepareKey(parsed),
        "stats" => Prepared.To((services, stop) => OperatorCommands.StatsAsync(services.GetRequiredService<IStorageMaintenance>(), stop)),
        "check" => Prepared.To((services, stop) => OperatorCommands.CheckAsync(services.GetRequiredService<IStorageMaintenance>(), stop)),
        "search-merge" => Prepared.To((services, stop) => OperatorCommands.MergeSearchIndexAsync(services.GetRequiredService<IStorageMaintenance>(), stop)),
        _ => new Prepared(null, null),
    };

    // The host the command runs in, on --db or the server's database. A dry run on a database that does not exist checks the
    // lines against an empty newsroom, in a scratch database in the temporary folder, removed afterwards: a dry run never
    // makes the database it names.
    private static (WebApplication App, OutputFile? Scratch, string Database) Host(CommandArguments parsed)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = CmsServices.HostArguments([]) });
        var settings = new Dictionary<string, string?>
        {
            ["Cms:Webhooks:Deliver"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft"] = "Warning",
        };
        if (parsed.Option("db") is { } db) settings["ConnectionStrings:Cms"] = $"Data Source={parsed.PathOf(db)}";
        builder.Configuration.AddInMemoryCollection(settings);
        OutputFile? scratch = null;
        var database = new SqliteConnectionStringBuilder(CmsServices.ConnectionString(builder.Configuration, builder.Environment.ContentRootPath)).DataSource;
        if (parsed.Has("dry-run") && !File.Exists(database))
        {
            scratch = OutputFile.Create(Path.Combine(Path.GetTempPath(), "cms-dry-run.db"));
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Cms"] = $"Data Source={scratch.Partial}" });
        }
        builder.AddCms();
        return (builder.Build(), scratch, database);
    }
}
