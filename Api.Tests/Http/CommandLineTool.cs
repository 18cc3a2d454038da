using System.Diagnostics;

namespace Cms.Api.Tests.Http;

/// <summary>The built CMS run as a command-line tool in a folder of its own, and what it printed.</summary>
public abstract class CommandLineTool
{
    protected string Folder { get; private set; } = null!;

    [SetUp]
    public void MakeFolder() => Folder = Directory.CreateTempSubdirectory("cms-cli-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(Folder, recursive: true);

    protected async Task ImportArticlesAsync(int articles)
    {
        await File.WriteAllLinesAsync(Path.Combine(Folder, "in.ndjson"),
        [
            """{"type":"tag","slug":"t","name":"T"}""",
            .. Enumerable.Range(0, articles).Select(i =>
                $$"""{"type":"article","slug":"a{{i}}","title":"A {{i}}","body":"{{string.Concat(Enumerable.Repeat("word ", 400))}}","language":"en"}"""),
        ]);
        var import = await RunAsync("import", "in.ndjson", "--db", "cms.db");
        Assert.That(import.ExitCode, Is.Zero, import.Error);
    }

    // Zeroes the root page of a table, as a failing disk would: opening the database works, reading the table does not.
    protected static async Task CorruptTableAsync(string db, string table)
    {
        long pageSize, rootPage;
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await command.ExecuteNonQueryAsync();
            command.CommandText = "PRAGMA page_size";
            pageSize = (long)(await command.ExecuteScalarAsync())!;
            command.CommandText = $"SELECT rootpage FROM sqlite_schema WHERE name = '{table}'";
            rootPage = (long)(await command.ExecuteScalarAsync())!;
        }
        await using var file = File.OpenWrite(db);
        file.Position = (rootPage - 1) * pageSize;
        await file.WriteAsync(new byte[pageSize]);
    }

    protected static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    protected Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => RunAsync([], args);

    protected async Task<(int ExitCode, string Output, string Error)> RunAsync(Dictionary<string, string> settings, params string[] args)
    {
        var start = Start(args);
        start.RedirectStandardError = true;
        foreach (var (name, value) in settings) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await WaitAsync(process);
        return (process.ExitCode, await output, await error);
    }

    // The tool with these arguments, run in the test's Folder, its standard output read by the test.
    protected ProcessStartInfo Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            WorkingDirectory = Folder,
            Environment = { ["ASPNETCORE_ENVIRONMENT"] = "Testing", ["PWD"] = Folder },
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Cms.Api.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return start;
    }

    protected static async Task WaitAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
    }
}
