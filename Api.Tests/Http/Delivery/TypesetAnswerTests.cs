using System.Net;
using System.Net.Http.Headers;
using Cms.Api.Articles;
using Cms.Domain.Articles;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Api.Tests.Http.Delivery;

/// <summary>
/// Anonymous reads of published articles are answered from the JSON the typesetter kept: byte for byte what the article's rows
/// give, and never older than the content, because every change removes what it touches in its own transaction.
/// </summary>
public sealed class TypesetAnswerTests : FreshCms
{
    // Asking for the default shape by name takes the path that reads the article's rows.
    private static readonly string[] Lists =
    [
        "/api/v1/articles?limit=2", "/api/v1/articles?tag=intelligence-artificielle", "/api/v1/articles?author=redaction-numerique",
        "/api/v1/articles?page=1&limit=3", "/api/v1/articles?sort=title&limit=50", "/api/v1/articles?publishedBefore=2030-01-01T00:00:00Z",
        "/api/v1/articles?page=2&limit=1", "/api/v1/articles?sort=title&page=2&limit=2",
    ];

    // The URL template the test CMS is configured with.
    private const string Template = "https://news.example/{yyyy}/{MM}/{slug}";

    private SeedStory story = null!;

    // The tests set articles themselves, at the moments they choose.
    protected override IReadOnlyDictionary<string, string> CmsSettings { get; } =
        new Dictionary<string, string> { ["Cms:Typesetting:IntervalSeconds"] = "3600" };

    private IEnumerable<string> Slugs => story.TeaserSlugs.Append(story.Slug);

    [SetUp]
    public async Task StoreTheSeedStoryAndSetItAsync()
    {
        story = await SeedStory.StoreAsync(Admin);
        await SetAllAsync();
    }

    [Test]
    public async Task Every_published_article_is_set_and_its_answers_are_the_ones_its_rows_give()
    {
        Assert.That(Factory.Count("typeset_articles"), Is.EqualTo(Slugs.Count()));
        foreach (var list in Lists) Assert.That((await ReadAsync(Anonymous, list)).Body, Does.Contain("\"slug\""), list);
        await AssertSameAsRowsAsync();
    }

    [Test]
    public async Task An_anonymous_reader_gets_the_kept_answer_and_a_key_holder_the_rows()
    {
        Mark();

        var anonymous = await ReadAsync(Anonymous, $"/api/v1/articles/{story.Slug}");
        var listed = await ReadAsync(Anonymous, "/api/v1/articles?limit=50");
        var keyed = await ReadAsync(Admin, $"/api/v1/articles/{story.Slug}");

        Assert.Multiple(() =>
        {
            Assert.That(anonymous.Body, Does.Contain("\"language\":\"kept\""));
            Assert.That(listed.Body, Does.Contain("\"language\":\"kept\""));
            Assert.That(keyed.Body, Does.Not.Contain("\"language\":\"kept\""));
        });
    }

    [Test]
    public async Task A_changed_article_is_answered_from_its_rows_at_once_then_set_again()
    {
        var target = story.TeaserSlugs[0];
        Mark();

        using var retitled = await Admin.PatchMergeAsync($"/api/v1/articles/{target}", """{"title":"Un titre revu"}""");
        var teaser = await ReadAsync(Anonymous, $"/api/v1/articles/{story.Slug}");

        Assert.Multiple(() =>
        {
            Assert.That(retitled.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(teaser.Body, Does.Contain("Un titre revu"), "the teaser pointing at it");
        });
        await AssertChangedOnesUnmarkedAsync(target, story.Slug);
    }

    [TestCase("/api/v1/authors/redaction-numerique", "Rédaction web")]
    [TestCase("/api/v1/tags/intelligence-artificielle", "IA générative")]
    public async Task A_renamed_author_or_tag_shows_at_once_in_its_articles(string url, string name)
    {
        Mark();

        using var renamed = await Admin.PatchMergeAsync(url, $$"""{"name":"{{name}}"}""");

        Assert.That((await ReadAsync(Anonymous, $"/api/v1/articles/{story.Slug}")).Body, Does.Contain(name));
        await AssertChangedOnesUnmarkedAsync(story.Slug);
    }

    [Test]
    public async Task A_deleted_tag_leaves_its_articles_at_once()
    {
        Mark();

        using var deleted = await Admin.DeleteAsync("/api/v1/tags/intelligence-artificielle");

        Assert.That(deleted.IsSuccessStatusCode, Is.True);
        Assert.That((await ReadAsync(Anonymous, $"/api/v1/articles/{story.Slug}")).Body, Does.Not.Contain("Intelligence artificielle"));
        await AssertChangedOnesUnmarkedAsync(story.Slug);
    }

    [Test]
    public async Task An_unpublished_teaser_target_leaves_the_teasers_pointing_at_it_at_once()
    {
        var target = story.TeaserSlugs[1];
        Mark();

        await Admin.PostJsonAsync($"/api/v1/articles/{target}/unpublish", new { });

        Assert.That((await ReadAsync(Anonymous, $"/api/v1/articles/{target}")).Status, Is.EqualTo(HttpStatusCode.NotFound));
        await AssertChangedOnesUnmarkedAsync(story.Slug);
    }

    [Test]
    public async Task A_deleted_article_is_gone_at_once_and_so_are_the_teasers_pointing_at_it()
    {
        var target = story.TeaserSlugs[0];
        Mark();

        using var deleted = await Admin.DeleteAsync($"/api/v1/articles/{target}");

        Assert.Multiple(() =>
        {
            Assert.That(deleted.IsSuccessStatusCode, Is.True);
            Assert.That(Factory.Count("typeset_articles"), Is.EqualTo(Slugs.Count() - 2));
        });
        Assert.That((await ReadAsync(Anonymous, $"/api/v1/articles/{target}")).Status, Is.EqualTo(HttpStatusCode.NotFound));
        await AssertChangedOnesUnmarkedAsync(story.Slug);
    }

    [Test]
    public async Task A_new_article_url_template_sets_every_article_again()
    {
        Mark();

        using var put = await Admin.PutAsync("/api/v1/settings", Json.Body(SettingsTests.Valid("https://lesoir.example/{slug}")));

        Assert.Multiple(() =>
        {
            Assert.That(put.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Factory.Count("typeset_articles"), Is.Zero);
        });
        Assert.That((await ReadAsync(Anonymous, $"/api/v1/articles/{story.Slug}")).Body, Does.Contain($"https://lesoir.example/{story.Slug}"));
        await SetAllAsync();
        await AssertSameAsRowsAsync();
    }

    [Test]
    public async Task An_instance_configured_with_another_url_template_sets_every_article_again_and_the_old_template_is_not_kept()
    {
        using var renamed = new CmsFactory(sharedDatabase: Factory.DatabasePath, settings: new Dictionary<string, string>
        {
            ["Cms:Site:ArticleUrlTemplate"] = "https://autre.example/{slug}",
            ["Cms:Typesetting:IntervalSeconds"] = "3600",
        });
        using var reader = renamed.Anonymous();
        await SetAllAsync(renamed);
        var article = await ReadAsync(reader, $"/api/v1/articles/{story.Slug}");
        var entries = Factory.Count("typeset_articles");

        using var retitled = await Admin.PatchMergeAsync($"/api/v1/articles/{story.Slug}", """{"title":"Titre revu"}""");
        await Factory.Services.GetRequiredService<Typesetter>().SetBatchAsync(CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(article.Body, Does.Contain($"\"url\":\"https://autre.example/{story.Slug}\""));
            Assert.That(entries, Is.EqualTo(Slugs.Count()));
            Assert.That(Factory.Count("typeset_articles"), Is.EqualTo(Slugs.Count() - 1), "set with the old template, not kept");
        });
    }

    [Test]
    public async Task Answers_set_before_an_article_changed_are_not_kept()
    {
        var typesetting = Factory.Services.GetRequiredService<ITypesetting>();
        using var retitle = await Admin.PatchMergeAsync($"/api/v1/articles/{story.Slug}", """{"title":"Encore un titre"}""");
        var waiting = await typesetting.WaitingAsync(10, CancellationToken.None);
        var ticket = waiting.Single(ticket => ticket.ArticleId == Guid.Parse(story.Id));

        using var again = await Admin.PatchMergeAsync($"/api/v1/articles/{story.Slug}", """{"title":"Le titre final"}""");
        var kept = await typesetting.KeepAsync([new TypesetProof(ticket, "{\"body\":null}"u8.ToArray(), "{}"u8.ToArray())], 0, Template, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(kept, Is.Zero);
            Assert.That(Factory.Count("typesetting_queue"), Is.EqualTo(1));
        });
        await SetAllAsync();
        Assert.That((await ReadAsync(Anonymous, $"/api/v1/articles/{story.Slug}")).Body, Does.Contain("Le titre final"));
    }

    [Test]
    public async Task Answers_set_with_settings_that_changed_since_are_not_kept()
    {
        var typesetting = Factory.Services.GetRequiredService<ITypesetting>();
        using var retitle = await Admin.PatchMergeAsync($"/api/v1/articles/{story.Slug}", """{"title":"Encore un titre"}""");
        var ticket = (await typesetting.WaitingAsync(10, CancellationToken.None)).Single();

        var kept = await typesetting.KeepAsync([new TypesetProof(ticket, "{\"body\":null}"u8.ToArray(), "{}"u8.ToArray())], 7, Template, CancellationToken.None);

        Assert.That(kept, Is.Null);
    }

    private Task SetAllAsync() => SetAllAsync(Factory);

    private static async Task SetAllAsync(CmsFactory cms)
    {
        var typesetter = cms.Services.GetRequiredService<Typesetter>();
        while (await typesetter.SetBatchAsync(CancellationToken.None) > 0)
        {
        }
    }

    // Marks every kept answer, so that an answer still kept after a change shows.
    private void Mark() => Replace("\"language\":\"fr\"", "\"language\":\"kept\"");

    private void Replace(string text, string with) =>
        Factory.Execute($"UPDATE typeset_articles SET summary = CAST(replace(CAST(summary AS TEXT), '{text}', '{with}') AS BLOB)");

    private async Task AssertChangedOnesUnmarkedAsync(params string[] changed)
    {
        foreach (var slug in changed)
        {
            var read = await ReadAsync(Anonymous, $"/api/v1/articles/{slug}");
            Assert.That(read.Body, Does.Not.Contain("\"language\":\"kept\""), $"{slug} was answered from what was kept before the change");
        }
        Replace("\"language\":\"kept\"", "\"language\":\"fr\"");
        await SetAllAsync();
        await AssertSameAsRowsAsync();
    }

    private async Task AssertSameAsRowsAsync()
    {
        foreach (var slug in Slugs)
        {
            var kept = await ReadAsync(Anonymous, $"/api/v1/articles/{slug}");
            if (kept.Status == HttpStatusCode.NotFound) continue;
            var rows = await ReadAsync(Anonymous, $"/api/v1/articles/{slug}?formats=html");
            Assert.Multiple(() =>
            {
                Assert.That(kept.Status, Is.EqualTo(HttpStatusCode.OK));
                Assert.That(kept.Body, Is.EqualTo(rows.Body), slug);
                Assert.That(kept.ETag, Is.EqualTo(rows.ETag), slug);
                Assert.That(kept.LastModified, Is.EqualTo(rows.LastModified), slug);
            });
        }
        foreach (var list in Lists)
        {
            var kept = await ReadAsync(Anonymous, list);
            var rows = await ReadAsync(Anonymous, list + "&formats=none");
            Assert.Multiple(() =>
            {
                Assert.That(kept.Status, Is.EqualTo(HttpStatusCode.OK));
                Assert.That(kept.Body, Is.EqualTo(rows.Body), list);
            });
        }
    }

    private static async Task<(HttpStatusCode Status, string Body, string? ETag, DateTimeOffset? LastModified)> ReadAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.ETag?.Tag, response.Content.Headers.LastModified);
    }
}
