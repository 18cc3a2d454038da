using System.Diagnostics;

namespace Cms.Api.Tests.Http;

/// <summary>The same build run as a command-line tool: import with per-line failures and exit codes, export, backup.</summary>
public sealed class CommandLineTests : CommandLineTool
{
    [Test]
    public async Task Import_answers_failed_lines_and_exits_partial_then_export_backup_and_check_work_on_the_same_database()
    {
        var db = Path.Combine(Folder, "cms.db");
        var input = Path.Combine(Folder, "in.ndjson");
        await File.WriteAllLinesAsync(input,
        [
            """{"type":"tag","slug":"economie","name":"Économie"}""",
            """{"type":"article","slug":"sans-tag","title":"T","body":"B.","language":"fr","tags":["absent"]}""",
            """{"type":"article","slug":"avec-tag","title":"Avec tag","body":"B.","language":"fr","tags":["economie"],"status":"published","publishedAt":"2024-01-02T03:04:05Z"}""",
        ]);

        var import = await RunAsync("import", input, "--db", db);
        var export = await RunAsync("export", Path.Combine(Folder, "out.ndjson"), "--db", db);
        var backup = await RunAsync("backup", Path.Combine(Folder, "copy.db"), "--db", db);
        var check = await RunAsync("check", "--db", db);
        var merge = await RunAsync("search-merge", "--db", db);
        var key = await RunAsync("keys", "create", "--name", "wire sync", "--role", "editor", "--db", db);
        var stats = await RunAsync("stats", "--db", db);
        var usage = await RunAsync("import");

        var answer = Ndjson.Lines(import.Output);
        var exported = Ndjson.Lines(await File.ReadAllTextAsync(Path.Combine(Folder, "out.ndjson")));
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
            Assert.That(File.Exists(Path.Combine(Folder, "copy.db")), Is.True);
            Assert.That(check.ExitCode, Is.Zero, check.Error);
            Assert.That(check.Output, Does.Contain("check: ok"));
            Assert.That(merge.ExitCode, Is.Zero, merge.Error);
            Assert.That(merge.Output, Does.Match(@"search index: \d+ segments, now 1"));
            Assert.That(key.ExitCode, Is.Zero, key.Error);
            Assert.That(key.Output.Trim(), Does.StartWith("cms_"));
            Assert.That(usage.ExitCode, Is.EqualTo(1));
            Assert.That(usage.Error, Does.Contain("import needs a file"));
            Assert.That(stats.ExitCode, Is.Zero, stats.Error);
            Assert.That(stats.Output, Does.Contain("articles        1 (1 published)").And.Contain("tags            1"));
            Assert.That(stats.Output, Does.Contain("typesetting     1 waiting"), "the published article, set once a server runs");
        });
        using var cms = new CmsFactory(sharedDatabase: db);
        using var editor = cms.Keyed(key.Output.Trim());
        Assert.That(await editor.ExportAsync("?types=tag"), Does.Contain("\"slug\":\"economie\""));
    }

    [Test]
    public async Task An_export_to_standard_output_closed_early_exits_1_without_saying_done()
    {
        await ImportArticlesAsync(300);
        var start = Start("export", "--db", "cms.db");
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var first = new char[10];
        await process.StandardOutput.ReadBlockAsync(first);
        process.StandardOutput.Close();
        await WaitAsync(process);

        Assert.Multiple(async () =>
        {
            Assert.That(process.ExitCode, Is.EqualTo(1), await error);
            Assert.That(await error, Does.Not.Contain("done"));
        });
    }

    [Test]
    public async Task An_export_or_backup_that_fails_midway_leaves_no_file_behind()
    {
        await ImportArticlesAsync(300);
        await CorruptTableAsync(Path.Combine(Folder, "cms.db"), "articles");

        var export = await RunAsync("export", "out.ndjson", "--db", "cms.db");
        var backup = await RunAsync("backup", "copy.db", "--db", "cms.db");

        Assert.Multiple(() =>
        {
            Assert.That(export.ExitCode, Is.EqualTo(1), export.Error);
            Assert.That(export.Error, Does.Contain("malformed"));
            Assert.That(backup.ExitCode, Is.EqualTo(1), backup.Error);
            Assert.That(Directory.GetFiles(Folder).Select(Path.GetFileName), Is.EquivalentTo(new[] { "cms.db", "in.ndjson" }));
        });
    }

    [Test]
    public async Task A_dry_run_on_a_database_that_does_not_exist_checks_the_lines_against_an_empty_newsroom_and_makes_none()
    {
        await File.WriteAllLinesAsync(Path.Combine(Folder, "in.ndjson"),
        [
            """{"type":"tag","slug":"t","name":"T"}""",
            """{"type":"article","slug":"a","title":"A","body":"B.","language":"en","tags":["absent"]}""",
        ]);

        var (exitCode, output, error) = await RunAsync("import", "in.ndjson", "--dry-run", "--db", "new.db");

        var summary = Ndjson.Lines(output)[^1]["summary"]!;
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2), error);
            Assert.That(summary["created"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(summary["dryRun"]!.GetValue<bool>(), Is.True);
            Assert.That(Directory.GetFiles(Folder).Select(Path.GetFileName), Is.EquivalentTo(new[] { "in.ndjson" }));
        });
    }
}
