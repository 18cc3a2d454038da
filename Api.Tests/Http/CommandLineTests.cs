using System.Diagnostics;

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
    public async Task Import_answers_failed_lines_and_exits_partial_then_export_backup_and_check_work_on_the_same_database()
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
        var check = await RunAsync("check", "--db", db);
        var merge = await RunAsync("search-merge", "--db", db);
        var key = await RunAsync("keys", "create", "--name", "wire sync", "--role", "editor", "--db", db);
        var stats = await RunAsync("stats", "--db", db);
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
    public async Task A_folder_of_markdown_files_with_front_matter_imports_each_file_and_its_tags_and_authors_and_again_changes_nothing()
    {
        var site = Directory.CreateDirectory(Path.Combine(folder, "site")).FullName;
        Write(site, "posts/2023-11-18-sam-altman.md", """
            ---
            title: "Retournement pour \"Sam\" Altman"
            date: 2023-11-18T09:30:00Z
            author: Claire Dubois
            description: >
              Selon plusieurs médias,
              un retour est possible.
            tags:
              - Intelligence artificielle
              - Économie
            image: /images/altman.jpg
            lang: fr
            unknown_theme_key: ignored
            ---
            Selon plusieurs médias spécialisés…

            Fin.
            """);
        Write(site, "content/ia-belgique/index.md", """
            ---
            title: 'IA : la Belgique'   # a comment
            draft: true
            tags: [Économie, "Belgique"]
            cover:
              image: https://img.example/ia.jpg
              alt: Un robot
            ---
            Texte.
            """);
        Write(site, "posts/_index.md", "---\ntitle: Section\n---\n");
        Write(site, "posts/sans-entete.md", "Pas d’en-tête.\n");

        var first = await RunAsync("import", "site", "--db", "cms.db", "--base-url", "https://news.example/");
        var second = await RunAsync("import", "site", "--db", "cms.db", "--base-url", "https://news.example/");

        var failed = Ndjson.Lines(first.Output);
        var again = Ndjson.Lines(second.Output)[^1]["summary"]!;
        Assert.Multiple(() =>
        {
            Assert.That(first.ExitCode, Is.EqualTo(2), first.Error);
            Assert.That(failed, Has.Count.EqualTo(2), first.Output);
            Assert.That(failed[0]["file"]!.GetValue<string>(), Is.EqualTo(Path.Combine("posts", "sans-entete.md")));
            Assert.That(failed[0]["errors"]!["file"]![0]!.GetValue<string>(), Does.StartWith("has no front matter"));
            Assert.That(failed[1]["summary"]!["created"]!.GetValue<int>(), Is.EqualTo(6));
            Assert.That(again["unchanged"]!.GetValue<int>(), Is.EqualTo(6));
            Assert.That(again["created"]!.GetValue<int>() + again["updated"]!.GetValue<int>(), Is.Zero);
        });

        using var cms = new CmsFactory(sharedDatabase: Path.Combine(folder, "cms.db"));
        using var admin = cms.Admin();
        var story = await admin.GetJsonAsync("/api/v1/articles/sam-altman");
        var draft = await admin.GetJsonAsync("/api/v1/articles/ia-belgique");
        Assert.Multiple(() =>
        {
            Assert.That(story["title"]!.GetValue<string>(), Is.EqualTo("Retournement pour \"Sam\" Altman"));
            Assert.That(story["status"]!.GetValue<string>(), Is.EqualTo("published"));
            Assert.That(story["publishedAt"]!.GetValue<string>(), Is.EqualTo("2023-11-18T09:30:00.000Z"));
            Assert.That(story["language"]!.GetValue<string>(), Is.EqualTo("fr"));
            Assert.That(story["excerpt"]!.GetValue<string>(), Is.EqualTo("Selon plusieurs médias, un retour est possible."));
            Assert.That(story["authors"]![0]!["name"]!.GetValue<string>(), Is.EqualTo("Claire Dubois"));
            Assert.That(story["tags"]!.AsArray().Select(t => t!["slug"]!.GetValue<string>()), Is.EqualTo(new[] { "intelligence-artificielle", "economie" }));
            Assert.That(story["featureImage"]!["url"]!.GetValue<string>(), Is.EqualTo("https://news.example/images/altman.jpg"));
            Assert.That(draft["status"]!.GetValue<string>(), Is.EqualTo("draft"));
            Assert.That(draft["title"]!.GetValue<string>(), Is.EqualTo("IA : la Belgique"));
            Assert.That(draft["featureImage"]!["alt"]!.GetValue<string>(), Is.EqualTo("Un robot"));
            Assert.That(draft["tags"]!.AsArray().Select(t => t!["slug"]!.GetValue<string>()), Is.EqualTo(new[] { "economie", "belgique" }));
        });
    }

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

    [Test]
    public async Task A_folder_import_does_not_follow_a_link_back_up_the_folder_and_answers_a_link_to_nothing_as_a_file_it_cannot_read()
    {
        var site = Directory.CreateDirectory(Path.Combine(folder, "site")).FullName;
        Write(site, "posts/un.md", "---\ntitle: Un\nlang: fr\n---\nTexte un.\n");
        Write(site, "posts/deux.md", "---\ntitle: Deux\nlang: fr\n---\nTexte deux.\n");
        Directory.CreateSymbolicLink(Path.Combine(site, "posts", "boucle"), site);
        File.CreateSymbolicLink(Path.Combine(site, "posts", "perdu.md"), Path.Combine(site, "nulle-part.md"));

        var (exitCode, output, error) = await RunAsync("import", "site", "--db", "cms.db");

        var answer = Ndjson.Lines(output);
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2), error);
            Assert.That(answer, Has.Count.EqualTo(2), output);
            Assert.That(answer[0]["file"]!.GetValue<string>(), Is.EqualTo(Path.Combine("posts", "perdu.md")));
            Assert.That(answer[0]["detail"]!.GetValue<string>(), Does.StartWith("'file' cannot be read: ").And.Not.EndWith(".."));
            Assert.That(answer[1]["summary"]!["created"]!.GetValue<int>(), Is.EqualTo(2));
        });
    }

    [Test]
    [Platform(Include = "Linux,MacOsX")]
    public async Task A_folder_import_answers_each_file_it_cannot_read_as_a_failed_line_naming_it_and_imports_the_rest()
    {
        var site = Directory.CreateDirectory(Path.Combine(folder, "site")).FullName;
        var posts = Path.Combine(site, "posts");
        Write(site, "posts/court.md", "---\ntitle: Court\nlang: fr\n---\nTexte court.\n");
        Write(site, "posts/long.md", "---\ntitle: Long\nlang: fr\n---\n" + new string('a', 5000) + "\n");
        File.WriteAllBytes(Path.Combine(posts, "latin1.md"), [.. "---\ntitle: Caf"u8, 0xE9, .. "\n---\nTexte.\n"u8]);
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(posts, "tube.md"))) await mkfifo.WaitForExitAsync();
        File.CreateSymbolicLink(Path.Combine(posts, "zero.md"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(posts, "vers-long.md"), Path.Combine(posts, "long.md"));
        File.CreateSymbolicLink(Path.Combine(posts, "boucle.md"), Path.Combine(posts, "boucle.md"));

        var (exitCode, output, error) = await RunAsync(new Dictionary<string, string> { ["Cms__Limits__MaxRequestBodyBytes"] = "4096" }, "import", "site", "--db", "cms.db");

        var failed = Ndjson.Lines(output).SkipLast(1).ToDictionary(line => line["file"]!.GetValue<string>(), line => line["detail"]!.GetValue<string>());
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2), error);
            Assert.That(failed.Keys.Select(Path.GetFileName), Is.EquivalentTo(new[] { "boucle.md", "latin1.md", "long.md", "tube.md", "vers-long.md", "zero.md" }), output);
            Assert.That(failed[Path.Combine("posts", "long.md")], Does.Contain("is larger than 4096 bytes"));
            Assert.That(failed[Path.Combine("posts", "vers-long.md")], Does.Contain("is larger than 4096 bytes"));
            Assert.That(failed[Path.Combine("posts", "latin1.md")], Does.Contain("is not UTF-8 text"));
            Assert.That(failed[Path.Combine("posts", "boucle.md")], Does.Contain("cannot be read"));
            Assert.That(failed[Path.Combine("posts", "zero.md")], Does.Contain("is empty"));
            Assert.That(failed[Path.Combine("posts", "tube.md")], Does.Contain("is empty"));
            Assert.That(Ndjson.Lines(output)[^1]["summary"]!["created"]!.GetValue<int>(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_folder_import_refuses_a_draft_or_date_it_cannot_read_and_a_slug_two_files_make_schedules_a_date_ahead_and_leaves_no_tags_of_a_failed_file()
    {
        var site = Directory.CreateDirectory(Path.Combine(folder, "site")).FullName;
        Write(site, "a/post.md", "---\ntitle: \"Caf\\u00e9 \\\"noir\\\"\"\ndraft: on\nlang: fr\n---\nTexte.\n");
        Write(site, "b/post.md", "---\ntitle: Autre\nlang: fr\n---\nTexte.\n");
        Write(site, "c/brouillon.md", "---\ntitle: Brouillon\ndraft: 1\nlang: fr\n---\nTexte.\n");
        Write(site, "c/date.md", "---\ntitle: Date\ndate: 2020-31-12\nlang: fr\n---\nTexte.\n");
        Write(site, "c/plus-tard.md", "---\ntitle: Plus tard\ndate: 2999-01-01\nlang: fr\n---\nTexte.\n");
        Write(site, "c/tags.md", "---\ntitle: Tags\nlang: fr\ntags: [" + string.Join(", ", Enumerable.Range(0, 31).Select(i => $"T{i}")) + "]\n---\nTexte.\n");

        var first = await RunAsync("import", "site", "--db", "cms.db");
        var again = await RunAsync("import", "site", "--db", "cms.db");

        var failed = Ndjson.Lines(first.Output).SkipLast(1).ToDictionary(line => line["file"]!.GetValue<string>());
        Assert.Multiple(() =>
        {
            Assert.That(first.ExitCode, Is.EqualTo(2), first.Error);
            Assert.That(failed.Keys, Is.EquivalentTo(new[] { "b/post.md", "c/brouillon.md", "c/date.md", "c/tags.md" }.Select(file => file.Replace('/', Path.DirectorySeparatorChar))), first.Output);
            Assert.That(failed[Path.Combine("b", "post.md")]["code"]!.GetValue<string>(), Is.EqualTo("slug-taken"));
            Assert.That(failed[Path.Combine("b", "post.md")]["detail"]!.GetValue<string>(), Does.Contain(Path.Combine("a", "post.md")));
            Assert.That(failed[Path.Combine("c", "brouillon.md")]["errors"]!["draft"], Is.Not.Null);
            Assert.That(failed[Path.Combine("c", "date.md")]["errors"]!["date"], Is.Not.Null);
            Assert.That(failed[Path.Combine("c", "tags.md")]["errors"]!["tags"], Is.Not.Null);
            Assert.That(Ndjson.Lines(first.Output)[^1]["summary"]!["created"]!.GetValue<int>(), Is.EqualTo(2), "the two articles, and no tag of the file that failed");
            Assert.That(Ndjson.Lines(again.Output)[^1]["summary"]!["unchanged"]!.GetValue<int>(), Is.EqualTo(2));
        });
        using var cms = new CmsFactory(sharedDatabase: Path.Combine(folder, "cms.db"));
        using var admin = cms.Admin();
        var story = await admin.GetJsonAsync("/api/v1/articles/post");
        Assert.Multiple(() =>
        {
            Assert.That(story["title"]!.GetValue<string>(), Is.EqualTo("Café \"noir\""));
            Assert.That(story["status"]!.GetValue<string>(), Is.EqualTo("draft"));
        });
        Assert.That((await admin.GetJsonAsync("/api/v1/articles/plus-tard"))["status"]!.GetValue<string>(), Is.EqualTo("scheduled"));
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
            Assert.That(File.Exists(Path.Combine(folder, "a.ndjson")), Is.False);
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
            Assert.That(File.Exists(Path.Combine(folder, "missing.db")), Is.False);
        });
    }

    [Test]
    public async Task A_command_that_reads_a_database_refuses_a_folder_an_empty_file_and_a_db_given_twice_and_writes_nothing()
    {
        Directory.CreateDirectory(Path.Combine(folder, "dossier.db"));
        File.WriteAllBytes(Path.Combine(folder, "vide.db"), []);

        var folderDb = await RunAsync("check", "--db", "dossier.db");
        var empty = await RunAsync("stats", "--db", "vide.db");
        var twice = await RunAsync("stats", "--db", "vide.db", "--db", "autre.db");

        Assert.Multiple(() =>
        {
            Assert.That(folderDb.ExitCode, Is.EqualTo(1));
            Assert.That(folderDb.Error, Does.Contain("is a folder, not a database file"));
            Assert.That(empty.ExitCode, Is.EqualTo(1));
            Assert.That(empty.Error, Does.Contain("vide.db is empty, not a CMS database"));
            Assert.That(new FileInfo(Path.Combine(folder, "vide.db")).Length, Is.Zero);
            Assert.That(twice.ExitCode, Is.EqualTo(1));
            Assert.That(twice.Error, Does.Contain("--db is given twice"));
        });
    }

    [Test]
    public async Task A_db_that_is_not_a_database_is_refused_saying_so()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "notes.db"), "hello");

        var (exitCode, _, error) = await RunAsync("stats", "--db", "notes.db");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain("file is not a database"));
        });
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
        await CorruptTableAsync(Path.Combine(folder, "cms.db"), "articles");

        var export = await RunAsync("export", "out.ndjson", "--db", "cms.db");
        var backup = await RunAsync("backup", "copy.db", "--db", "cms.db");

        Assert.Multiple(() =>
        {
            Assert.That(export.ExitCode, Is.EqualTo(1), export.Error);
            Assert.That(export.Error, Does.Contain("malformed"));
            Assert.That(backup.ExitCode, Is.EqualTo(1), backup.Error);
            Assert.That(Directory.GetFiles(folder).Select(Path.GetFileName), Is.EquivalentTo(new[] { "cms.db", "in.ndjson" }));
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
            Assert.That(File.Exists(Path.Combine(folder, "copy.db")), Is.False);
        });
    }

    [TestCase("--batch-size must be", "import", "in.ndjson", "--batch-size", "0")]
    [TestCase("does not exist", "import", "absent.ndjson")]
    [TestCase("--base-url must be", "import", "in.ndjson", "--base-url", "not a url")]
    [TestCase("--role", "keys", "create", "--role", "superuser", "--name", "x")]
    public async Task A_command_refused_for_its_arguments_makes_no_database(string problem, params string[] args)
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "in.ndjson"), """{"type":"tag","slug":"t","name":"T"}""" + "\n");

        var (exitCode, _, error) = await RunAsync([.. args, "--db", "new.db"]);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain(problem));
            Assert.That(Directory.GetFiles(folder).Select(Path.GetFileName), Is.EquivalentTo(new[] { "in.ndjson" }));
        });
    }

    [Test]
    public async Task A_dry_run_on_a_database_that_does_not_exist_checks_the_lines_against_an_empty_newsroom_and_makes_none()
    {
        await File.WriteAllLinesAsync(Path.Combine(folder, "in.ndjson"),
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
            Assert.That(Directory.GetFiles(folder).Select(Path.GetFileName), Is.EquivalentTo(new[] { "in.ndjson" }));
        });
    }

    [TestCase("--name must not be", "--name", "  ")]
    [TestCase("--name must be one line without control characters", "--name", "a\nb")]
    [TestCase("--name must be at most 100 characters long; it has 5000", "--name", "5000")]
    [TestCase("--expires-at must be an ISO 8601 date and time with a zone", "--name", "x", "--expires-at", "2030-01-01T00:00:00")]
    public async Task Keys_create_refuses_what_the_API_refuses_with_the_same_message_and_makes_no_database(string problem, params string[] options)
    {
        var given = options.Select(option => option == "5000" ? new string('n', 5000) : option).ToArray();

        var (exitCode, output, error) = await RunAsync(["keys", "create", "--role", "editor", .. given, "--db", "new.db"]);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1), output);
            Assert.That(error, Does.Contain(problem));
            Assert.That(output, Is.Empty);
            Assert.That(File.Exists(Path.Combine(folder, "new.db")), Is.False);
        });
    }

    [Test]
    public async Task Backup_and_export_refuse_standard_output_a_missing_folder_and_a_folder_naming_the_path()
    {
        await ImportArticlesAsync(1);
        Directory.CreateDirectory(Path.Combine(folder, "dossier"));

        var dash = await RunAsync("backup", "-", "--db", "cms.db");
        var missing = await RunAsync("backup", Path.Combine("absent", "copy.db"), "--db", "cms.db");
        var exportMissing = await RunAsync("export", Path.Combine("absent", "out.ndjson"), "--db", "cms.db");
        var intoFolder = await RunAsync("export", "dossier", "--db", "cms.db");
        var backupFolder = await RunAsync("backup", "dossier", "--db", "cms.db");

        Assert.Multiple(() =>
        {
            Assert.That(dash.ExitCode, Is.EqualTo(1));
            Assert.That(dash.Error, Does.Contain("backup needs a file"));
            Assert.That(File.Exists(Path.Combine(folder, "-")), Is.False);
            Assert.That(missing.ExitCode, Is.EqualTo(1));
            Assert.That(missing.Error, Does.Contain($"{Path.Combine(folder, "absent")} does not exist"));
            Assert.That(exportMissing.ExitCode, Is.EqualTo(1));
            Assert.That(exportMissing.Error, Does.Contain($"{Path.Combine(folder, "absent")} does not exist"));
            Assert.That(intoFolder.ExitCode, Is.EqualTo(1));
            Assert.That(intoFolder.Error, Does.Contain($"{Path.Combine(folder, "dossier")} is a folder"));
            Assert.That(backupFolder.ExitCode, Is.EqualTo(1));
            Assert.That(backupFolder.Error, Does.Contain($"{Path.Combine(folder, "dossier")} is a folder"));
            Assert.That(Directory.GetFiles(folder).Select(Path.GetFileName), Is.EquivalentTo(new[] { "cms.db", "in.ndjson" }));
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
            Assert.That(File.Exists(Path.Combine(folder, "new.db")), Is.False);
        });
    }

    // Imports a tag and that many articles of some 2 kB each into cms.db.
    private async Task ImportArticlesAsync(int articles)
    {
        await File.WriteAllLinesAsync(Path.Combine(folder, "in.ndjson"),
        [
            """{"type":"tag","slug":"t","name":"T"}""",
            .. Enumerable.Range(0, articles).Select(i =>
                $$"""{"type":"article","slug":"a{{i}}","title":"A {{i}}","body":"{{string.Concat(Enumerable.Repeat("word ", 400))}}","language":"en"}"""),
        ]);
        var import = await RunAsync("import", "in.ndjson", "--db", "cms.db");
        Assert.That(import.ExitCode, Is.Zero, import.Error);
    }

    // Zeroes the root page of a table, as a failing disk would: opening the database works, reading the table does not.
    private static async Task CorruptTableAsync(string db, string table)
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

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => RunAsync([], args);

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(Dictionary<string, string> settings, params string[] args)
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

    // The tool with these arguments, run in the test's folder, its standard output read by the test.
    private ProcessStartInfo Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            WorkingDirectory = folder,
            Environment = { ["ASPNETCORE_ENVIRONMENT"] = "Testing", ["PWD"] = folder },
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Cms.Api.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return start;
    }

    private static async Task WaitAsync(Process process)
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
