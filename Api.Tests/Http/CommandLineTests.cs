using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Cms.Api.Tests.Http;

/// <summary>The same build run as a command-line tool: import with per-line failures and exit codes, export, backup.</summary>
public sealed class CommandLineTests
{
    private string folder = null!;

    [SetUp]
    public void MakeFolder() => folder = Directory.CreateTempSubdirectory("cms-cli-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task Import_answers_failed_lines_and_exits_partial_then_export_and_backup_work_on_the_same_database()
    {
        var db = Path.Combine(folder, "cms.db");
        var input = Path.Combine(folder, "in.ndjson");
        await File.WriteAllLinesAsync(input,
        [
            """{"type":"tag","slug":"economie","name":"Économie"}""",
            """{"type":"article","slug":"sans-tag","title":"T","body":"B.","language":"fr","tags":["absent"]}""",
            """{"type":"article","slug":"avec-tag","title":"Avec tag","body":"B.","language":"fr","tags":["economie"],"status":"published","publishedAt":"2024-01-02T03:04:05Z"}""",
        ]);

        var import = await RunAsync("import", input, "--db", db);
        var export = await RunAsync("export", Path.Combine(folder, "out.ndjson"), "--db", db);
        var backup = await RunAsync("backup", Path.Combine(folder, "copy.db"), "--db", db);
        var usage = await RunAsync("import");

        var answer = Ndjson.Lines(import.Output);
        var exported = Ndjson.Lines(await File.ReadAllTextAsync(Path.Combine(folder, "out.ndjson")));
        Assert.Multiple(() =>
        {
            Assert.That(import.ExitCode, Is.EqualTo(2), import.Error);
            Assert.That(answer, Has.Count.EqualTo(2), import.Output);
            Assert.That(answer[0]["line"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(answer[0]["errors"]!["tags[0]"], Is.Not.Null);
            Assert.That(answer[1]["summary"]!["created"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(import.Error, Does.Contain("import:").And.Contain("done"));
            Assert.That(export.ExitCode, Is.Zero, export.Error);
            Assert.That(exported.Select(line => line["slug"]!.GetValue<string>()), Is.EqualTo(new[] { "economie", "avec-tag" }));
            Assert.That(exported[1]["publishedAt"]!.GetValue<string>(), Is.EqualTo("2024-01-02T03:04:05.000Z"));
            Assert.That(backup.ExitCode, Is.Zero, backup.Error);
            Assert.That(backup.Output, Does.Contain("integrity check: ok"));
            Assert.That(File.Exists(Path.Combine(folder, "copy.db")), Is.True);
            Assert.That(usage.ExitCode, Is.EqualTo(1));
            Assert.That(usage.Error, Does.Contain("import needs a file"));
        });
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
            Environment = { ["ASPNETCORE_ENVIRONMENT"] = "Testing", ["PWD"] = folder },
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Cms.Api.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
