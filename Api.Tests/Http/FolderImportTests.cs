using System.Diagnostics;

namespace Cms.Api.Tests.Http;

/// <summary>A folder of Markdown files with front matter imported by the command-line tool, file by file.</summary>
public sealed class FolderImportTests : CommandLineTool
{
    [Test]
    public async Task A_folder_of_markdown_files_with_front_matter_imports_each_file_and_its_tags_and_authors_and_again_changes_nothing()
    {
        var site = Directory.CreateDirectory(Path.Combine(Folder, "site")).FullName;
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

        using var cms = new CmsFactory(sharedDatabase: Path.Combine(Folder, "cms.db"));
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
    public async Task A_folder_import_does_not_follow_a_link_back_up_the_folder_and_answers_a_link_to_nothing_as_a_file_it_cannot_read()
    {
        var site = Directory.CreateDirectory(Path.Combine(Folder, "site")).FullName;
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
        var site = Directory.CreateDirectory(Path.Combine(Folder, "site")).FullName;
        var posts = Path.Combine(site, "posts");
        Write(site, "posts/court.md", "---\ntitle: Court\nlang: fr\n---\nTexte court.\n");
        Write(site, "posts/long.md", "---\ntitle: Long\nlang: fr\n---\n" + new string('a', 5000) + "\n");
        File.WriteAllBytes(Path.Combine(posts, "latin1.md"), [.. "---\ntitle: Caf"u8, 0xE9, .. "\n---\nTexte.\n"u8]);
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(posts, "tube.md"))) await mkfifo.WaitForExitAsync();
        File.CreateSymbolicLink(Path.Combine(posts, "zero.md"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(posts, "vers-long.md"), Path.Combine(posts, "long.md"));
        File.CreateSymbolicLink(Path.Combine(posts, "boucle.md"), Path.Combine(posts, "boucle.md"));
        using (var latin1Name = Process.Start("sh", ["-c", "cd \"$0\" && printf -- '---\\ntitle: Caf\\n---\\nTexte.\\n' > \"$(printf 'caf\\351.md')\"", posts]))
            await latin1Name.WaitForExitAsync();

        var (exitCode, output, error) = await RunAsync(new Dictionary<string, string> { ["Cms__Limits__MaxRequestBodyBytes"] = "4096" }, "import", "site", "--db", "cms.db");
        using (var remove = Process.Start("sh", ["-c", "rm \"$0\"/caf?.md", posts])) await remove.WaitForExitAsync();

        var failed = Ndjson.Lines(output).SkipLast(1).ToDictionary(line => line["file"]!.GetValue<string>(), line => line["detail"]!.GetValue<string>());
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2), error);
            Assert.That(failed.Keys.Select(Path.GetFileName), Is.EquivalentTo(new[] { "boucle.md", "caf\uFFFD.md", "latin1.md", "long.md", "tube.md", "vers-long.md", "zero.md" }), output);
            Assert.That(failed[Path.Combine("posts", "long.md")], Does.Contain("is larger than 4096 bytes"));
            Assert.That(failed[Path.Combine("posts", "vers-long.md")], Does.Contain("is larger than 4096 bytes"));
            Assert.That(failed[Path.Combine("posts", "latin1.md")], Does.Contain("is not UTF-8 text"));
            Assert.That(failed[Path.Combine("posts", "boucle.md")], Does.Contain("cannot be read"));
            Assert.That(failed[Path.Combine("posts", "caf\uFFFD.md")], Does.Contain("has a name that is not UTF-8"));
            Assert.That(failed[Path.Combine("posts", "zero.md")], Does.Contain("is empty"));
            Assert.That(failed[Path.Combine("posts", "tube.md")], Does.Contain("is empty"));
            Assert.That(Ndjson.Lines(output)[^1]["summary"]!["created"]!.GetValue<int>(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_folder_import_refuses_a_draft_or_date_it_cannot_read_and_a_slug_two_files_make_schedules_a_date_ahead_and_leaves_no_tags_of_a_failed_file()
    {
        var site = Directory.CreateDirectory(Path.Combine(Folder, "site")).FullName;
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
        using var cms = new CmsFactory(sharedDatabase: Path.Combine(Folder, "cms.db"));
        using var admin = cms.Admin();
        var story = await admin.GetJsonAsync("/api/v1/articles/post");
        Assert.Multiple(() =>
        {
            Assert.That(story["title"]!.GetValue<string>(), Is.EqualTo("Café \"noir\""));
            Assert.That(story["status"]!.GetValue<string>(), Is.EqualTo("draft"));
        });
        Assert.That((await admin.GetJsonAsync("/api/v1/articles/plus-tard"))["status"]!.GetValue<string>(), Is.EqualTo("scheduled"));
    }

    [Test]
    public async Task A_jekyll_post_without_a_date_is_dated_by_its_file_name_and_a_post_in_drafts_is_a_draft()
    {
        var site = Directory.CreateDirectory(Path.Combine(Folder, "site")).FullName;
        Write(site, "_posts/2019-03-07-budget.md", "---\ntitle: Budget\nlang: fr\n---\nTexte.\n");
        Write(site, "_drafts/projet.md", "---\ntitle: Projet\nlang: fr\n---\nTexte.\n");

        var (exitCode, _, error) = await RunAsync("import", "site", "--db", "cms.db");

        Assert.That(exitCode, Is.Zero, error);
        using var cms = new CmsFactory(sharedDatabase: Path.Combine(Folder, "cms.db"));
        using var admin = cms.Admin();
        var post = await admin.GetJsonAsync("/api/v1/articles/budget");
        var draft = await admin.GetJsonAsync("/api/v1/articles/projet");
        Assert.Multiple(() =>
        {
            Assert.That(post["publishedAt"]!.GetValue<string>(), Is.EqualTo("2019-03-07T00:00:00.000Z"));
            Assert.That(draft["status"]!.GetValue<string>(), Is.EqualTo("draft"));
        });
    }
}
