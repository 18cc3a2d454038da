using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cms.Bench.Seed;
using Cms.Domain.Access;
using Cms.Domain.Articles;
using Cms.Domain.Articles.Body;
using Cms.Domain.Authors;
using Cms.Domain.Common;
using Cms.Domain.Settings;
using Cms.Domain.Tags;
using Cms.Domain.Webhooks;
using Cms.Infrastructure.Articles;
using Cms.Infrastructure.Authors;
using Cms.Infrastructure.Database;
using Cms.Infrastructure.Settings;
using Cms.Infrastructure.Tags;
using Cms.Infrastructure.Translations;

const string Usage = """
    Cms.Bench.Seed — fills a fresh SQLite database with a newsroom for the load benchmark.

      --articles N     published articles to write (default 100000)
      --authors N      authors (default 200)
      --tags N         tags, the last 10 internal (default 500)
      --db PATH        database file to create (default cms-bench.db); must not exist unless --force
      --keys DIR       where to write articles.txt, tags.txt, authors.txt, words.txt, create.json, seed.done
                       (default: the database's folder)
      --seed N         random seed (default 20231118); the same seed and counts give the same text
      --until DATE     the newest publication date; the oldest is two years before (default 2026-11-01T00:00:00Z)
      --desk           write each article through ArticleDesk.CreateAsync + PublishAsync (slower; the API's exact path)
      --force          delete an existing database first
      --prune          do not generate: delete the drafts the load runner created (slug bench-load-*), merge the search index, checkpoint
    """;

var options = SeedOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(Usage);
    return 2;
}

TextColumns.Register();
var db = Path.GetFullPath(options.Db);
using var dialect = new SqliteDialect($"Data Source={db}");
var cancel = CancellationToken.None;

if (options.Prune)
{
    if (!File.Exists(db))
    {
        Console.Error.WriteLine($"no database at {db}");
        return 1;
    }
    var pruned = await dialect.ExecuteAsync("DELETE FROM articles WHERE status = 'draft' AND slug LIKE 'bench-load-%'", cancel);
    // The drafts leave deletion marks at the newest end of the full-text index, which every search walks past until the
    // segments holding them are merged; merging the index into one segment gives each run the same index to search.
    if (pruned > 0) await new SqliteMaintenance(dialect, new Migrator(dialect)).MergeSearchIndexAsync(cancel);
    await dialect.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE)", cancel);
    Console.WriteLine($"pruned {pruned} bench-load drafts from {db}");
    return 0;
}

if (File.Exists(db))
{
    if (!options.Force)
    {
        Console.Error.WriteLine($"{db} exists; the generator fills a fresh database only (use --force to replace it)");
        return 1;
    }
    foreach (var file in new[] { db, db + "-wal", db + "-shm" }) File.Delete(file);
}
var keysDir = Path.GetFullPath(options.Keys ?? Path.GetDirectoryName(db)!);
Directory.CreateDirectory(keysDir);
Directory.CreateDirectory(Path.GetDirectoryName(db)!);
File.Delete(Path.Combine(keysDir, "seed.done"));

var total = Stopwatch.StartNew();
var random = new Random(options.Seed);
var n = options.Articles;
var until = options.Until;
var from = until.AddYears(-2);
var clock = new SeedClock { Now = from.AddDays(-30) };

Console.WriteLine($"seed: {n:N0} articles, {options.Authors} authors, {options.Tags} tags into {db} ({(options.Desk ? "ArticleDesk" : "ArticleBody + SqliteArticleStore")}, seed {options.Seed})");
await new Migrator(dialect).MigrateAsync(cancel);

// Authors and tags through their use case, as POST /authors and /tags would.
var authorDesk = new ListingDesk<AuthorProfile>(new SqliteAuthorStore(dialect), clock, "author", p => p.Name);
var authors = new List<Listed<AuthorProfile>>();
foreach (var profile in Names.Authors(random, options.Authors))
{
    var outcome = await authorDesk.CreateAsync(null, profile, cancel);
    authors.Add(outcome.Value ?? throw new InvalidOperationException($"author refused: {outcome.Failure?.Detail}"));
}
var tagDesk = new ListingDesk<TagDetails>(new SqliteTagStore(dialect), clock, "tag", t => t.Name);
var tags = new List<Listed<TagDetails>>();
foreach (var details in Names.Tags(random, options.Tags))
{
    var outcome = await tagDesk.CreateAsync(null, details, cancel);
    tags.Add(outcome.Value ?? throw new InvalidOperationException($"tag refused: {outcome.Failure?.Detail}"));
}
var publicTags = tags.Count(t => t.Details.Visibility == TagVisibility.Public);
Console.WriteLine($"  {authors.Count} authors, {tags.Count} tags ({publicTags} public) in {total.Elapsed.TotalSeconds:F1} s");

var writer = new ArticleWriter(random, tags.Select(t => t.Details.Name).ToList(), publicTags, authors.Count);
var authorIds = authors.Select(a => a.Id).ToArray();
var tagIds = tags.Select(t => t.Id).ToArray();
var slugs = new string[n];
var dates = new string[n];
var ids = new Guid[n];
var taken = new HashSet<string>(StringComparer.Ordinal);
var slot = (until - from).Ticks / n;
var articleStore = new SqliteArticleStore(dialect);
var site = SiteSettings.Defaults("Newsroom", null, ArticleLinks.DefaultTemplate, "en");
var links = new ArticleLinks(new SiteSettingsCache(new SqliteSiteSettingsStore(dialect, site), site));
var articleDesk = new ArticleDesk(articleStore, new SqliteArticleRevisions(dialect),
    new StoredReferences(articleStore, new SqliteAuthorStore(dialect), new SqliteTagStore(dialect), new SqliteTranslationStore(dialect)), links, clock);
var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
var articlesClock = Stopwatch.StartNew();
var lastReport = TimeSpan.Zero;
var written = 0;
var bodyChars = 0L;

// Batches that double up to 1,000: an article's read-also target is always in an earlier batch, so its id is known
// when the body is rendered, and its row is stored first (the link has a foreign key). Rendering (Markdig + the
// HTML sanitiser) runs on every core while the previous batch is inserted in order on one connection.
var pending = Task.CompletedTask;
for (int start = 0, size = 1; start < n; start += size, size = Math.Min(size * 2, 1000))
{
    var end = Math.Min(n, start + size);
    var batch = new Planned[end - start];
    for (var i = start; i < end; i++)
    {
        int? target = i % 3 == 0 && start > 0 ? Math.Max(0, start - 3000) + random.Next(Math.Min(start, 3000)) : null;
        var spec = writer.Write(i, target, target is { } t ? slugs[t] : null);
        slugs[i] = ChooseSlug(spec.Title, taken);
        var publishedAt = Millis(from.AddTicks(slot * i + (long)(random.NextDouble() * slot)));
        dates[i] = publishedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var createdAt = publishedAt.AddMinutes(-(5 + random.Next(600)));
        batch[i - start] = new Planned(i, spec, createdAt, publishedAt);
        bodyChars += spec.Body.Length;
    }

    if (options.Desk)
    {
        foreach (var plan in batch)
        {
            clock.Now = plan.CreatedAt;
            var draft = new ArticleDraft(null, plan.Spec.Title, plan.Spec.Subtitle, null, plan.Spec.Body, plan.Spec.Language,
                plan.Spec.Authors.Select(a => authors[a].Slug).ToList(), plan.Spec.Tags.Select(t => tags[t].Slug).ToList(),
                plan.Spec.Image, null, plan.Spec.Share);
            var created = await articleDesk.CreateAsync(draft, SeedCaller, cancel);
            var article = created.Value ?? throw new InvalidOperationException($"article {plan.Index} refused: {created.Failure?.Detail}");
            if (article.Slug != slugs[plan.Index]) throw new InvalidOperationException($"slug {article.Slug} is not the expected {slugs[plan.Index]}");
            clock.Now = plan.PublishedAt;
            var published = await articleDesk.PublishAsync(article.Id.ToString(), plan.PublishedAt, Precondition.None, SeedCaller, cancel);
            if (published.Failure is { } refused) throw new InvalidOperationException($"article {plan.Index} not published: {refused.Detail}");
            ids[plan.Index] = article.Id;
            written++;
        }
    }
    else
    {
        var ready = new (Article Article, RenderedBody Body)[batch.Length];
        Parallel.For(0, batch.Length, parallel, k =>
        {
            var plan = batch[k];
            ready[k] = Prepare(plan, slugs[plan.Index], plan.Spec.ReadAlso is { } t ? (slugs[t], ids[t]) : null, authorIds, tagIds);
            ids[plan.Index] = ready[k].Article.Id;
        });
        await pending;
        pending = InsertAsync(articleStore, links, ready, () => Interlocked.Increment(ref written));
    }

    if (articlesClock.Elapsed - lastReport >= TimeSpan.FromSeconds(5) || end == n)
    {
        await pending;
        lastReport = articlesClock.Elapsed;
        Console.WriteLine($"  articles {written,9:N0} / {n:N0}  ({100.0 * written / n,5:F1} %)  {written / articlesClock.Elapsed.TotalSeconds,7:N0} /s");
    }
}
await pending;
var articleSeconds = articlesClock.Elapsed.TotalSeconds;
await dialect.ExecuteAsync("PRAGMA wal_checkpoint(TRUNCATE)", cancel);

// The files the load runner picks keys from.
await File.WriteAllLinesAsync(Path.Combine(keysDir, "articles.txt"), slugs, cancel);
await File.WriteAllLinesAsync(Path.Combine(keysDir, "dates.txt"), dates, cancel);
await File.WriteAllLinesAsync(Path.Combine(keysDir, "tags.txt"),
    tags.Where(t => t.Details.Visibility == TagVisibility.Public).Select(t => t.Slug), cancel);
await File.WriteAllLinesAsync(Path.Combine(keysDir, "authors.txt"), authors.Select(a => a.Slug), cancel);
await File.WriteAllLinesAsync(Path.Combine(keysDir, "words.txt"), SearchWords(writer), cancel);
await File.WriteAllTextAsync(Path.Combine(keysDir, "phrase.txt"), RarePhrase(writer, n) + "\n", cancel);
await File.WriteAllTextAsync(Path.Combine(keysDir, "create.json"), CreateTemplate(writer, n, slugs, authors, tags), cancel);

var seconds = total.Elapsed.TotalSeconds;
var bytes = new FileInfo(db).Length;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"seed: {n:N0} articles in {articleSeconds:F1} s ({n / articleSeconds:N0} articles/s), {seconds:F1} s in all; " +
    $"average body {bodyChars / Math.Max(1, n):N0} chars; database {bytes / 1048576.0:N0} MB"));
await File.WriteAllTextAsync(Path.Combine(keysDir, "seed.done"), string.Create(CultureInfo.InvariantCulture, $"""
    articles={n}
    authors={authors.Count}
    tags={tags.Count}
    seed={options.Seed}
    path={(options.Desk ? "desk" : "store")}
    seconds={seconds:F1}
    articles_per_second={n / articleSeconds:F0}
    database_bytes={bytes}

    """), cancel);
return 0;

// ArticleDesk.PrepareAsync + CreateAsync + PublishAsync, with the lookups answered from memory.
static (Article, RenderedBody) Prepare(Planned plan, string slug, (string Slug, Guid Id)? readAlso, Guid[] authorIds, Guid[] tagIds)
{
    var spec = plan.Spec;
    var body = ArticleBody.Parse(spec.Body);
    var targets = new Dictionary<string, Guid>(StringComparer.Ordinal);
    foreach (var key in body.ReadAlsoKeys)
    {
        if (readAlso is not { } known || key != known.Slug) throw new InvalidOperationException($"article {plan.Index}: unexpected teaser key '{key}'");
        targets[key] = known.Id;
    }
    var rendered = body.Render(targets);
    var content = new ArticleContent(spec.Title, spec.Subtitle, Excerpt.FromText(rendered.PlainText), spec.Body, spec.Language,
        spec.Authors.Select(a => authorIds[a]).ToList(), spec.Tags.Select(t => tagIds[t]).ToList(), spec.Image, null, spec.Share);
    var article = Article.Draft(slug, content, plan.CreatedAt);
    if (article.Publish(plan.PublishedAt, plan.PublishedAt) is { } refused)
        throw new InvalidOperationException($"article {plan.Index} not published: {refused.Detail}");
    return (article, rendered);
}

static async Task InsertAsync(SqliteArticleStore store, ArticleLinks links, (Article Article, RenderedBody Body)[] ready, Action done)
{
    foreach (var (article, body) in ready)
    {
        var change = NewsroomEvents.Article(article.Id, null, EventSide.Of(article, links), article.UpdatedAt);
        if (await store.InsertAsync(article, body, ArticleRevision.Of(null, article, SeedCaller), change, CancellationToken.None) is { } refused)
            throw new InvalidOperationException($"article {article.Slug} refused: {refused.Detail}");
        done();
    }
}

// ArticleDesk.ChooseSlugAsync against the slugs written so far.
static string ChooseSlug(string title, HashSet<string> taken)
{
    var generated = Slug.From(title, "article");
    for (var attempt = 1; attempt <= 50; attempt++)
    {
        var candidate = attempt == 1 ? generated : Slug.Numbered(generated, attempt);
        if (taken.Add(candidate)) return candidate;
    }
    throw new InvalidOperationException($"50 articles already have slugs made from '{generated}'");
}

static DateTimeOffset Millis(DateTimeOffset instant) =>
    new(instant.UtcTicks - instant.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero);

// Words of six letters or more, by how many of a sample of bodies hold them: the first is the hot search term.
static IEnumerable<string> SearchWords(ArticleWriter writer)
{
    var counts = new Dictionary<string, int>(StringComparer.Ordinal);
    var word = new System.Text.StringBuilder();
    for (var i = 0; i < 300; i++)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in writer.Write(i, null, null).Body + " ")
        {
            if (char.IsLetter(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }
            if (word.Length >= 6) seen.Add(word.ToString());
            word.Clear();
        }
        foreach (var w in seen) counts[w] = counts.GetValueOrDefault(w) + 1;
    }
    return counts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Key);
}

// Three words in a row from the body of one article, long enough that few other bodies hold them in that order.
static string RarePhrase(ArticleWriter writer, int n)
{
    var words = writer.Write(n / 3, null, null).Body
        .Split([' ', '\n', ',', '.', ';', ':', '«', '»', '“', '”', '’', '\'', '(', ')', '!', '?', '…'], StringSplitOptions.RemoveEmptyEntries);
    for (var i = words.Length / 2; i + 2 < words.Length; i++)
    {
        if (words[i].Length >= 5 && words[i + 1].Length >= 4 && words[i + 2].Length >= 5 && words.Skip(i).Take(3).All(w => w.All(char.IsLetter)))
            return string.Join(' ', words, i, 3);
    }
    return string.Join(' ', words, 0, Math.Min(3, words.Length));
}

// One more article as a client would POST it to /api/v1/articles, with __TITLE__ for the load runner to fill.
static string CreateTemplate(ArticleWriter writer, int n, string[] slugs, List<Listed<AuthorProfile>> authors, List<Listed<TagDetails>> tags)
{
    var spec = writer.Write(n, n - 1, slugs[^1]);
    var request = new
    {
        title = "__TITLE__",
        body = spec.Body,
        language = spec.Language,
        subtitle = spec.Subtitle,
        authors = spec.Authors.Select(a => authors[a].Slug).ToArray(),
        tags = spec.Tags.Select(t => tags[t].Slug).ToArray(),
        featureImage = spec.Image,
        share = new { twitterCard = spec.Share.TwitterCard, metaDescription = spec.Share.MetaDescription, hashtags = spec.Share.Hashtags },
    };
    return JsonSerializer.Serialize(request, new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}

/// <summary>One article to write: its place, its text and its dates.</summary>
internal sealed record Planned(int Index, ArticleSpec Spec, DateTimeOffset CreatedAt, DateTimeOffset PublishedAt);

/// <summary>The command line.</summary>
internal sealed record SeedOptions(int Articles, int Authors, int Tags, string Db, string? Keys, int Seed, DateTimeOffset Until,
    bool Desk, bool Force, bool Prune)
{
    public static SeedOptions? Parse(string[] args)
    {
        var options = new SeedOptions(100_000, 200, 500, "cms-bench.db", null, 20231118,
            new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), false, false, false);
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Count(int min, int max) =>
                int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max
                    ? v
                    : throw new ArgumentException($"{args[i - 1]} must be a whole number from {min} to {max}");
            try
            {
                options = args[i] switch
                {
                    "--articles" => options with { Articles = Count(1, 10_000_000) },
                    "--authors" => options with { Authors = Count(1, 100_000) },
                    "--tags" => options with { Tags = Count(20, 100_000) },
                    "--db" => options with { Db = Value() },
                    "--keys" => options with { Keys = Value() },
                    "--seed" => options with { Seed = Count(0, int.MaxValue) },
                    "--until" => options with { Until = DateTimeOffset.Parse(Value(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) },
                    "--desk" => options with { Desk = true },
                    "--force" => options with { Force = true },
                    "--prune" => options with { Prune = true },
                    _ => throw new ArgumentException($"unknown option {args[i]}"),
                };
            }
            catch (Exception e) when (e is ArgumentException or FormatException)
            {
                Console.Error.WriteLine(e.Message);
                return null;
            }
        }
        return options;
    }
}

// Who the generated articles' revisions name.
static partial class Program
{
    private static readonly Caller SeedCaller = Caller.System("bench seed");
}
