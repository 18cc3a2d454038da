using System.Diagnostics;

namespace Cms.Api.Tests.Http;

/// <summary>The command line refuses what it cannot do as asked, with the usage or the reason, before it writes anything.</summary>
public sealed class CommandLineArgumentTests : CommandLineTool
{
    [Test]
    public async Task An_unknown_command_is_refused_with_the_usage_instead_of_starting_the_server()
    {
        var (exitCode, _, error) = await RunAsync("imprt", "articles.ndjson");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain("unknown command imprt").And.Contain("import FILE|FOLDER|-"));
        });
    }

    [TestCase("export", "a.ndjson", "b.ndjson")]
    [TestCase("stats", "now")]
    public async Task A_command_given_more_arguments_than_it_takes_is_refused_with_the_usage(params string[] args)
    {
        var (exitCode, _, error) = await RunAsync(args);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain($"{args[0]} takes"));
            Assert.That(File.Exists(Path.Combine(Folder, "a.ndjson")), Is.False);
        });
    }

    [TestCase("stats")]
    [TestCase("export")]
    public async Task A_command_that_reads_a_database_refuses_a_db_that_does_not_exist_and_makes_none(string command)
    {
        var (exitCode, _, error) = await RunAsync(command, "--db", "missing.db");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain("missing.db does not exist"));
            Assert.That(File.Exists(Path.Combine(Folder, "missing.db")), Is.False);
        });
    }

    [Test]
    public async Task A_command_that_reads_a_database_refuses_a_folder_an_empty_file_and_a_db_given_twice_and_writes_nothing()
    {
        Directory.CreateDirectory(Path.Combine(Folder, "dossier.db"));
        File.WriteAllBytes(Path.Combine(Folder, "vide.db"), []);

        var folderDb = await RunAsync("check", "--db", "dossier.db");
        var empty = await RunAsync("stats", "--db", "vide.db");
        var twice = await RunAsync("stats", "--db", "vide.db", "--db", "autre.db");

        Assert.Multiple(() =>
        {
            Assert.That(folderDb.ExitCode, Is.EqualTo(1));
            Assert.That(folderDb.Error, Does.Contain("is a folder, not a database file"));
            Assert.That(empty.ExitCode, Is.EqualTo(1));
            Assert.That(empty.Error, Does.Contain("vide.db is empty, not a CMS database"));
            Assert.That(new FileInfo(Path.Combine(Folder, "vide.db")).Length, Is.Zero);
            Assert.That(twice.ExitCode, Is.EqualTo(1));
            Assert.That(twice.Error, Does.Contain("--db is given twice"));
        });
    }

    [Test]
    public async Task A_db_that_is_not_a_database_is_refused_saying_so()
    {
        await File.WriteAllTextAsync(Path.Combine(Folder, "notes.db"), "hello");

        var (exitCode, _, error) = await RunAsync("stats", "--db", "notes.db");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain("file is not a database"));
        });
    }

    [TestCase("keys", "create", "--name", "k", "--role", "editor", "--dry-run")]
    [TestCase("backup", "copy.db", "--dry-run")]
    [TestCase("import", "in.ndjson", "--types", "tag")]
    [TestCase("stats", "--author", "someone")]
    public async Task A_command_refuses_an_option_of_another_command_with_the_usage_and_does_nothing(params string[] args)
    {
        await ImportArticlesAsync(1);

        var (exitCode, _, error) = await RunAsync([.. args, "--db", "cms.db"]);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1), error);
            Assert.That(error, Does.Contain($"{args[0]} takes no option {args[^2..].First(arg => arg.StartsWith("--", StringComparison.Ordinal))}")
                .And.Contain("import FILE|FOLDER|-"));
            Assert.That(File.Exists(Path.Combine(Folder, "copy.db")), Is.False);
        });
    }

    [TestCase("--batch-size must be", "import", "in.ndjson", "--batch-size", "0")]
    [TestCase("does not exist", "import", "absent.ndjson")]
    [TestCase("--base-url must be", "import", "in.ndjson", "--base-url", "not a url")]
    [TestCase("--role", "keys", "create", "--role", "superuser", "--name", "x")]
    [TestCase("no author nobody", "keys", "create", "--role", "author", "--author", "nobody", "--name", "x")]
    public async Task A_command_refused_for_its_arguments_makes_no_database(string problem, params string[] args)
    {
        await File.WriteAllTextAsync(Path.Combine(Folder, "in.ndjson"), """{"type":"tag","slug":"t","name":"T"}""" + "\n");

        var (exitCode, _, error) = await RunAsync([.. args, "--db", "new.db"]);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain(problem));
            Assert.That(Directory.GetFiles(Folder).Select(Path.GetFileName), Is.EquivalentTo(new[] { "in.ndjson" }));
        });
    }

    [TestCase("--name must not be", "--name", "  ")]
    [TestCase("--name must be one line without control characters", "--name", "a\nb")]
    [TestCase("--name must be at most 100 characters long; it has 5000", "--name", "5000")]
    [TestCase("--expires-at must be an ISO 8601 date and time with a zone", "--name", "x", "--expires-at", "2030-01-01T00:00:00")]
    [TestCase("--expires-at must be in the future", "--name", "x", "--expires-at", "2020-01-01T00:00:00Z")]
    public async Task Keys_create_refuses_what_the_API_refuses_with_the_same_message_and_makes_no_database(string problem, params string[] options)
    {
        var given = options.Select(option => option == "5000" ? new string('n', 5000) : option).ToArray();

        var (exitCode, output, error) = await RunAsync(["keys", "create", "--role", "editor", .. given, "--db", "new.db"]);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1), output);
            Assert.That(error, Does.Contain(problem));
            Assert.That(output, Is.Empty);
            Assert.That(File.Exists(Path.Combine(Folder, "new.db")), Is.False);
        });
    }

    [Test]
    public async Task Backup_and_export_refuse_standard_output_a_missing_folder_and_a_folder_naming_the_path()
    {
        await ImportArticlesAsync(1);
        Directory.CreateDirectory(Path.Combine(Folder, "dossier"));

        var dash = await RunAsync("backup", "-", "--db", "cms.db");
        var missing = await RunAsync("backup", Path.Combine("absent", "copy.db"), "--db", "cms.db");
        var exportMissing = await RunAsync("export", Path.Combine("absent", "out.ndjson"), "--db", "cms.db");
        var intoFolder = await RunAsync("export", "dossier", "--db", "cms.db");
        var backupFolder = await RunAsync("backup", "dossier", "--db", "cms.db");

        Assert.Multiple(() =>
        {
            Assert.That(dash.ExitCode, Is.EqualTo(1));
            Assert.That(dash.Error, Does.Contain("backup needs a file"));
            Assert.That(File.Exists(Path.Combine(Folder, "-")), Is.False);
            Assert.That(missing.ExitCode, Is.EqualTo(1));
            Assert.That(missing.Error, Does.Contain($"{Path.Combine(Folder, "absent")} does not exist"));
            Assert.That(exportMissing.ExitCode, Is.EqualTo(1));
            Assert.That(exportMissing.Error, Does.Contain($"{Path.Combine(Folder, "absent")} does not exist"));
            Assert.That(intoFolder.ExitCode, Is.EqualTo(1));
            Assert.That(intoFolder.Error, Does.Contain($"{Path.Combine(Folder, "dossier")} is a folder"));
            Assert.That(backupFolder.ExitCode, Is.EqualTo(1));
            Assert.That(backupFolder.Error, Does.Contain($"{Path.Combine(Folder, "dossier")} is a folder"));
            Assert.That(Directory.GetFiles(Folder).Select(Path.GetFileName), Is.EquivalentTo(new[] { "cms.db", "in.ndjson" }));
        });
    }

    [TestCase("keys", "create", "--name", "x", "--role", "admin", "--author")]
    [TestCase("keys", "create", "--name", "x", "--role", "admin", "--author", "--db", "new.db")]
    [TestCase("keys", "create", "--author", "--name", "x", "--role", "author", "--db", "new.db")]
    public async Task An_option_followed_by_nothing_or_by_another_option_needs_a_value(params string[] args)
    {
        var (exitCode, _, error) = await RunAsync(args);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain("--author needs a value"));
            Assert.That(File.Exists(Path.Combine(Folder, "new.db")), Is.False);
        });
    }

    // Imports a tag and that many articles of some 2 kB each into cms.db.
}
