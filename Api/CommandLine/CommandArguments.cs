namespace Cms.Api.CommandLine;

/// <summary>
/// A command, its positional arguments and its <c>--name value</c> options (a lone <c>--name</c> is a switch). A value never
/// begins with <c>--</c>: an option followed by another is one missing its value.
/// </summary>
public sealed class CommandArguments
{
    private static readonly HashSet<string> Switches = new(StringComparer.Ordinal) { "dry-run" };
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal) { "dry-run", "batch-size", "types", "status", "updated-since", "db", "language", "base-url", "name", "role", "author", "expires-at" };
    private readonly Dictionary<string, string> options = new(StringComparer.Ordinal);
    private readonly List<string> positional = [];

    private CommandArguments(string command) => Command = command;

    /// <summary>The command's name.</summary>
    public string Command { get; }

    /// <summary>Why the arguments cannot be used, or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>How many positional arguments were given.</summary>
    public int PositionalCount => positional.Count;

    /// <summary>The positional argument at <paramref name="index"/>, if given.</summary>
    public string? Positional(int index) => index < positional.Count ? positional[index] : null;

    /// <summary>An option's value, or null when absent.</summary>
    public string? Option(string name) => options.GetValueOrDefault(name);

    /// <summary>The names of the options given, without their dashes.</summary>
    public IEnumerable<string> OptionNames => options.Keys;

    /// <summary>True when a switch is given.</summary>
    public bool Has(string name) => options.ContainsKey(name);

    /// <summary>
    /// A path as the person typing meant it: relative to the shell's folder (<c>PWD</c>), which <c>dotnet run</c> does not
    /// keep as the working folder of a web project.
    /// </summary>
    public string PathOf(string path)
    {
        var shell = Environment.GetEnvironmentVariable("PWD");
        var from = shell is { Length: > 0 } && Directory.Exists(shell) ? shell : Environment.CurrentDirectory;
        return Path.GetFullPath(path, from);
    }

    /// <summary>Reads the arguments after the program's name.</summary>
    public static CommandArguments Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var parsed = new CommandArguments(args.Length > 0 ? args[0] : "help");
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "-")
            {
                parsed.positional.Add(arg);
                continue;
            }
            var name = arg[2..];
            if (!Known.Contains(name)) return parsed.Refuse($"unknown option {arg}");
            if (parsed.options.ContainsKey(name)) return parsed.Refuse($"{arg} is given twice");
            if (Switches.Contains(name))
            {
                parsed.options[name] = "true";
                continue;
            }
            if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal)) return parsed.Refuse($"{arg} needs a value");
            parsed.options[name] = args[++i];
        }
        return parsed;
    }

    /// <summary>Arguments refused as a whole, for <paramref name="problem"/>.</summary>
    public static CommandArguments Refused(string problem) => new CommandArguments("help").Refuse(problem);

    private CommandArguments Refuse(string problem)
    {
        Problem = problem;
        return this;
    }
}
