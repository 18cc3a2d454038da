using Cms.Domain.Common;
using Cms.Domain.Exchange;
using Cms.Infrastructure.Exchange;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Api.Tests.Http;

/// <summary>
/// An import plans each batch while the batch before it commits: later batches see the earlier ones' records as planned,
/// and when the store refuses a batch, the next one is planned again against what was actually written.
/// </summary>
public sealed class ImportPipelineTests : FreshCms
{
    [Test]
    public async Task The_same_article_in_consecutive_batches_is_created_then_updated_from_the_version_the_batch_before_wrote()
    {
        var (results, _) = await Admin.ImportAsync(Ndjson.Body(
            new { type = "article", externalId = "wire:7", slug = "depeche", title = "Première version", body = "Un.", language = "fr" },
            new { type = "article", externalId = "wire:7", slug = "depeche", title = "Deuxième version", body = "Deux.", language = "fr" },
            new { type = "article", externalId = "wire:7", slug = "depeche", title = "Deuxième version", body = "Deux.", language = "fr" },
            new { type = "article", externalId = "wire:7", slug = "depeche-corrigee", title = "Troisième version", body = "Trois.", language = "fr" }),
            "?batchSize=1");

        var article = await Admin.GetJsonAsync("/api/v1/articles/depeche-corrigee");
        Assert.Multiple(() =>
        {
            Assert.That(results.Select(line => line.Result()), Is.EqualTo(new[] { "created", "updated", "unchanged", "updated" }));
            Assert.That(article["title"]!.GetValue<string>(), Is.EqualTo("Troisième version"));
            Assert.That(Factory.Count("articles"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task After_the_store_refuses_a_batch_its_lines_go_one_by_one_and_the_next_batch_is_planned_again_and_written_whole()
    {
        var store = new RefusingFirstCommit();
        using var refusing = Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<SqliteImportStore>();
            services.AddSingleton<IImportStore>(s => store.Over(s.GetRequiredService<SqliteImportStore>()));
        }));
        using var admin = refusing.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", CmsFactory.AdminKey);

        var (results, summary) = await admin.ImportAsync(Ndjson.Body(
            new { type = "author", slug = "a1", name = "Auteur Un" },
            new { type = "article", slug = "premier", title = "Premier", body = "Un.", language = "fr", authors = new[] { "a1" }, status = "published" },
            new { type = "article", slug = "second", title = "Second", body = "[[read-also: premier]]", language = "fr", authors = new[] { "a1" } },
            new { type = "article", slug = "troisieme", title = "Troisième", body = "[[read-also: second]]", language = "fr" }),
            "?batchSize=2");

        var second = await admin.GetJsonAsync("/api/v1/articles/second");
        Assert.Multiple(() =>
        {
            Assert.That(results.Select(line => line.Result()), Is.All.EqualTo("created"));
            Assert.That(summary["created"]!.GetValue<int>(), Is.EqualTo(4));
            Assert.That(second["authors"]![0]!["slug"]!.GetValue<string>(), Is.EqualTo("a1"));
            Assert.That(Factory.Count("articles"), Is.EqualTo(3));
            Assert.That(Factory.Count("article_read_also"), Is.EqualTo(2));
            Assert.That(store.Commits, Is.EqualTo(4), "the refused batch, its two lines alone, then the next batch at once");
        });
    }

    [Test]
    public async Task An_import_ends_with_its_writes_copied_from_the_log_into_the_database_file()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("Le conseil municipal a voté le budget après un long débat.", 60));
        var lines = Enumerable.Range(1, 40).Select(i => (object)new { type = "article", slug = $"budget-{i}", title = $"Budget {i}", body = paragraph, language = "fr" });
        (await Admin.GetAsync("/health/ready")).EnsureSuccessStatusCode();
        var before = new FileInfo(Factory.DatabasePath).Length;

        var (results, _) = await Admin.ImportAsync(Ndjson.Body(lines.ToArray()), "?batchSize=10");

        Assert.Multiple(() =>
        {
            Assert.That(results.Select(line => line.Result()), Is.All.EqualTo("created"));
            Assert.That(new FileInfo(Factory.DatabasePath).Length - before, Is.GreaterThan(40 * paragraph.Length),
                "the articles are in the database file, not left in the log for the next single write to copy back");
        });
    }

    [Test]
    public async Task A_failure_after_the_answer_began_ends_it_with_a_summary_naming_it_and_the_batches_before_stand()
    {
        using var failing = Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<SqliteImportStore>();
            services.AddSingleton<IImportStore>(s => new FailingSecondCommit(s.GetRequiredService<SqliteImportStore>()));
        }));
        using var admin = failing.CreateClient();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", CmsFactory.AdminKey);

        var (results, summary) = await admin.ImportAsync(Ndjson.Body(
            new { type = "tag", slug = "avant", name = "Avant" },
            new { type = "tag", slug = "pendant", name = "Pendant" },
            new { type = "tag", slug = "apres", name = "Après" }),
            "?batchSize=1");

        Assert.Multiple(() =>
        {
            Assert.That(results.Select(line => line.Result()), Is.EqualTo(new[] { "created" }));
            Assert.That(summary["error"]!.GetValue<string>(), Does.Contain("unexpected failure"));
            Assert.That(Factory.Count("tags"), Is.EqualTo(1));
        });
    }

    // Fails the second batch with an error the import does not expect.
    private sealed class FailingSecondCommit(IImportStore store) : IImportStore
    {
        private int commits;

        public Task<ImportMatches> FindAsync(ImportKeys keys, CancellationToken cancellationToken) => store.FindAsync(keys, cancellationToken);

        public PreparedWrites Prepare(IReadOnlyList<ImportWrite> writes) => store.Prepare(writes);

        public Task<Failure?> CommitAsync(PreparedWrites writes, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref commits) == 2
                ? Task.FromException<Failure?>(new InvalidOperationException("A fault in the store."))
                : store.CommitAsync(writes, cancellationToken);

        public Task SettleAsync(CancellationToken cancellationToken) => store.SettleAsync(cancellationToken);
    }

    // Refuses the first batch whole, as the store does when another writer took a slug after the batch was planned.
    private sealed class RefusingFirstCommit : IImportStore
    {
        private IImportStore? store;
        private int commits;

        public int Commits => commits;

        public RefusingFirstCommit Over(IImportStore real)
        {
            store = real;
            return this;
        }

        public Task<ImportMatches> FindAsync(ImportKeys keys, CancellationToken cancellationToken) => store!.FindAsync(keys, cancellationToken);

        public PreparedWrites Prepare(IReadOnlyList<ImportWrite> writes) => store!.Prepare(writes);

        public Task<Failure?> CommitAsync(PreparedWrites writes, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref commits) == 1
                ? Task.FromResult<Failure?>(new Failure(FailureKind.Conflict, "slug-taken", "Another writer took a slug of this batch."))
                : store!.CommitAsync(writes, cancellationToken);

        public Task SettleAsync(CancellationToken cancellationToken) => store!.SettleAsync(cancellationToken);
    }
}
