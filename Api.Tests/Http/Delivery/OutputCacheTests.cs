using System.Net;
using System.Text.Json.Nodes;

namespace Cms.Api.Tests.Http.Delivery;

/// <summary>Anonymous reads are answered from memory until a write, and the very next read after any write shows it.</summary>
public sealed class OutputCacheTests : FreshCms
{
    private const string Articles = "/api/v1/articles";

    [Test]
    public async Task A_repeated_anonymous_read_is_answered_from_memory_while_keyed_reads_go_to_storage()
    {
        await PublishedAsync("Cached story");
        var urls = new[] { $"{Articles}/cached-story", Articles, $"{Articles}?q=cached", $"{Articles}?sort=title&fields=title" };
        var first = new List<string>();
        foreach (var url in urls)
        {
            await Anonymous.GetStringAsync(url);
            first.Add(await Anonymous.GetStringAsync(url));
        }

        ChangeStorageDirectly("UPDATE articles SET title = 'Changed behind the desk' WHERE slug = 'cached-story'");

        var again = new List<string>();
        foreach (var url in urls) again.Add(await Anonymous.GetStringAsync(url));
        var keyed = await Admin.GetJsonAsync($"{Articles}/cached-story");
        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(first), "the same bytes as the first answer");
            Assert.That(first, Has.All.Contains("Cached story"));
            Assert.That(keyed["title"]!.GetValue<string>(), Is.EqualTo("Changed behind the desk"));
        });
    }

    [Test]
    public async Task An_answer_is_kept_from_the_second_read_of_its_address_on()
    {
        await PublishedAsync("Once read");
        var once = await Anonymous.GetJsonAsync($"{Articles}/once-read");
        ChangeStorageDirectly("UPDATE articles SET title = 'First change' WHERE slug = 'once-read'");
        var twice = await Anonymous.GetJsonAsync($"{Articles}/once-read");
        ChangeStorageDirectly("UPDATE articles SET title = 'Second change' WHERE slug = 'once-read'");

        var thrice = await Anonymous.GetJsonAsync($"{Articles}/once-read");

        Assert.Multiple(() =>
        {
            Assert.That(once["title"]!.GetValue<string>(), Is.EqualTo("Once read"));
            Assert.That(twice["title"]!.GetValue<string>(), Is.EqualTo("First change"), "an answer read once is not kept");
            Assert.That(thrice["title"]!.GetValue<string>(), Is.EqualTo("First change"), "the second read's answer is kept");
        });
    }

    [Test]
    public async Task A_read_asking_for_no_cache_is_answered_from_storage_and_refreshes_what_memory_holds()
    {
        await PublishedAsync("Fresh story");
        var first = await Anonymous.GetStringAsync($"{Articles}/fresh-story");
        ChangeStorageDirectly("UPDATE articles SET title = 'Changed behind the desk' WHERE slug = 'fresh-story'");

        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Articles}/fresh-story");
        request.Headers.CacheControl = new System.Net.Http.Headers.CacheControlHeaderValue { NoCache = true };
        using var fresh = await Anonymous.SendAsync(request);
        var after = await Anonymous.GetJsonAsync($"{Articles}/fresh-story");

        Assert.Multiple(async () =>
        {
            Assert.That(first, Does.Contain("Fresh story"));
            Assert.That((await fresh.ReadAsync())["title"]!.GetValue<string>(), Is.EqualTo("Changed behind the desk"));
            Assert.That(after["title"]!.GetValue<string>(), Is.EqualTo("Changed behind the desk"));
        });
    }

    [Test]
    public async Task A_kept_answer_is_read_from_storage_again_once_its_time_in_memory_is_up()
    {
        await PublishedAsync("Aging story");
        await Anonymous.GetJsonAsync($"{Articles}/aging-story");
        var first = await Anonymous.GetJsonAsync($"{Articles}/aging-story");
        ChangeStorageDirectly("UPDATE articles SET title = 'Changed behind the desk' WHERE slug = 'aging-story'");
        var kept = await Anonymous.GetJsonAsync($"{Articles}/aging-story");

        Factory.Time.Advance(TimeSpan.FromSeconds(61));

        var after = await Anonymous.GetJsonAsync($"{Articles}/aging-story");
        Assert.Multiple(() =>
        {
            Assert.That(first["title"]!.GetValue<string>(), Is.EqualTo("Aging story"));
            Assert.That(kept["title"]!.GetValue<string>(), Is.EqualTo("Aging story"));
            Assert.That(after["title"]!.GetValue<string>(), Is.EqualTo("Changed behind the desk"));
        });
    }

    [Test]
    public async Task A_kept_answer_gives_a_304_to_a_client_holding_its_ETag()
    {
        await PublishedAsync("Tagged story");
        using var first = await Anonymous.GetAsync($"{Articles}/tagged-story");
        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"{Articles}/tagged-story");
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var again = await Anonymous.SendAsync(conditional);

        Assert.Multiple(async () =>
        {
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
            Assert.That(again.Headers.ETag, Is.EqualTo(first.Headers.ETag));
            Assert.That(again.Headers.CacheControl?.Public, Is.True);
            Assert.That(await again.Content.ReadAsByteArrayAsync(), Is.Empty);
        });
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Identical_anonymous_reads_sent_at_once_all_get_the_whole_answer(bool noCache)
    {
        await PublishedAsync("Crowded story");
        var urls = Enumerable.Repeat($"{Articles}/crowded-story", 12).Concat(Enumerable.Repeat($"{Articles}?q=crowded", 12));

        var answers = await Task.WhenAll(urls.Select(async url =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (noCache) request.Headers.CacheControl = new System.Net.Http.Headers.CacheControlHeaderValue { NoCache = true };
            using var response = await Anonymous.SendAsync(request);
            return (response.StatusCode, ETag: response.Headers.ETag?.Tag, Body: await response.Content.ReadAsStringAsync());
        }));

        Assert.Multiple(() =>
        {
            Assert.That(answers.Select(answer => answer.StatusCode), Has.All.EqualTo(HttpStatusCode.OK));
            Assert.That(answers.Take(12).Select(answer => answer.Body).Distinct().Single(), Does.Contain("Crowded story"));
            Assert.That(answers.Skip(12).Select(answer => answer.ETag).Distinct().Count(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Publishing_shows_the_article_to_the_very_next_anonymous_read()
    {
        var draft = await Admin.PostJsonAsync(Articles, new { title = "Breaking news", body = "Text.", language = "en" });
        var before = await Anonymous.GetJsonAsync(Articles);
        var searchBefore = await Anonymous.GetJsonAsync($"{Articles}?q=breaking");
        using var hidden = await Anonymous.GetAsync($"{Articles}/breaking-news");

        await Admin.PostJsonAsync($"{Articles}/{draft["id"]}/publish", new { });

        Assert.Multiple(async () =>
        {
            Assert.That(Titles(before), Is.Empty);
            Assert.That(Titles(searchBefore), Is.Empty);
            Assert.That(hidden.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(Titles(await Anonymous.GetJsonAsync(Articles)), Is.EqualTo(new[] { "Breaking news" }));
            Assert.That(Titles(await Anonymous.GetJsonAsync($"{Articles}?q=breaking")), Is.EqualTo(new[] { "Breaking news" }));
            Assert.That((await Anonymous.GetJsonAsync($"{Articles}/breaking-news"))["status"]!.GetValue<string>(), Is.EqualTo("published"));
        });
    }

    [Test]
    public async Task Editing_a_title_shows_in_the_very_next_anonymous_read_of_the_item_the_list_and_search_and_ends_the_old_ETag()
    {
        await PublishedAsync("Old headline");
        await WarmAsync($"{Articles}/old-headline", Articles, $"{Articles}?q=headline", $"{Articles}?q=fresh");
        using var before = await Anonymous.GetAsync(Articles);

        using var patched = await Admin.PatchMergeAsync($"{Articles}/old-headline", """{"title":"Fresh headline"}""");
        Assert.That(patched.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        Assert.Multiple(async () =>
        {
            Assert.That((await Anonymous.GetJsonAsync($"{Articles}/old-headline"))["title"]!.GetValue<string>(), Is.EqualTo("Fresh headline"));
            Assert.That(Titles(await Anonymous.GetJsonAsync(Articles)), Is.EqualTo(new[] { "Fresh headline" }));
            Assert.That(Titles(await Anonymous.GetJsonAsync($"{Articles}?q=headline")), Is.EqualTo(new[] { "Fresh headline" }));
            Assert.That(Titles(await Anonymous.GetJsonAsync($"{Articles}?q=fresh")), Is.EqualTo(new[] { "Fresh headline" }));
            using var conditional = new HttpRequestMessage(HttpMethod.Get, Articles);
            conditional.Headers.IfNoneMatch.Add(before.Headers.ETag!);
            using var stale = await Anonymous.SendAsync(conditional);
            Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the ETag from before the edit no longer gives a 304");
        });
    }

    [Test]
    public async Task Deleting_an_article_removes_it_from_the_very_next_anonymous_read()
    {
        await PublishedAsync("Doomed story");
        await WarmAsync($"{Articles}/doomed-story", Articles, $"{Articles}?q=doomed");

        using var deleted = await Admin.DeleteAsync($"{Articles}/doomed-story");
        Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        using var gone = await Anonymous.GetAsync($"{Articles}/doomed-story");
        Assert.Multiple(async () =>
        {
            Assert.That(gone.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(Titles(await Anonymous.GetJsonAsync(Articles)), Is.Empty);
            Assert.That(Titles(await Anonymous.GetJsonAsync($"{Articles}?q=doomed")), Is.Empty);
        });
    }

    [Test]
    public async Task Unpublishing_hides_the_article_from_the_very_next_anonymous_read()
    {
        await PublishedAsync("Pulled story");
        await WarmAsync($"{Articles}/pulled-story", Articles);

        await Admin.PostJsonAsync($"{Articles}/pulled-story/unpublish", new { });

        using var hidden = await Anonymous.GetAsync($"{Articles}/pulled-story");
        Assert.Multiple(async () =>
        {
            Assert.That(hidden.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(Titles(await Anonymous.GetJsonAsync(Articles)), Is.Empty);
        });
    }

    [TestCase("tags", "Économie", "economie", "Économie et social")]
    [TestCase("authors", "Claire Dubois", "claire-dubois", "Claire Dubois-Martin")]
    public async Task Renaming_a_tag_or_an_author_shows_in_the_very_next_anonymous_read(string route, string name, string slug, string renamed)
    {
        await Admin.PostJsonAsync($"/api/v1/{route}", new { name });
        await PublishedAsync("Named story", route == "tags" ? new { tags = new[] { slug } } : new { authors = new[] { slug } });
        var reads = new[] { $"/api/v1/{route}", $"/api/v1/{route}/{slug}", $"{Articles}/named-story", Articles };
        await WarmAsync(reads);

        using var patched = await Admin.PatchMergeAsync($"/api/v1/{route}/{slug}", $$"""{"name":"{{renamed}}"}""");
        Assert.That(patched.StatusCode, Is.EqualTo(HttpStatusCode.OK));

        Assert.Multiple(async () =>
        {
            foreach (var url in reads)
            {
                var text = await Anonymous.GetStringAsync(url);
                Assert.That(text, Does.Contain(renamed), url);
            }
        });
    }

    [Test]
    public async Task Publishing_unpublishing_and_retagging_change_the_counts_the_very_next_anonymous_read_shows()
    {
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Météo" });
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Climat" });
        await Admin.PostJsonAsync("/api/v1/authors", new { name = "Claire Dubois" });
        var draft = await Admin.PostJsonAsync(Articles, new { title = "Orage", body = "Texte.", language = "fr", tags = new[] { "meteo" }, authors = new[] { "claire-dubois" } });
        var url = $"{Articles}/{draft["id"]}";
        var counts = new List<string>();
        async Task ReadCountsAsync() => counts.Add(
            $"{await CountAsync("/api/v1/tags/meteo")} {await CountAsync("/api/v1/tags/climat")} {await CountAsync("/api/v1/authors/claire-dubois")}");

        await ReadCountsAsync();
        await Admin.PostJsonAsync($"{url}/publish", new { });
        await ReadCountsAsync();
        using var retagged = await Admin.PatchMergeAsync(url, """{"tags":["climat"]}""");
        await ReadCountsAsync();
        await Admin.PostJsonAsync($"{url}/unpublish", new { });
        await ReadCountsAsync();

        Assert.That(counts, Is.EqualTo(new[] { "0 0 0", "1 0 1", "0 1 1", "0 0 0" }));
    }

    [Test]
    public async Task A_refused_write_leaves_cached_answers_in_place()
    {
        await PublishedAsync("Steady story");
        await Anonymous.GetStringAsync($"{Articles}/steady-story");
        var first = await Anonymous.GetStringAsync($"{Articles}/steady-story");
        ChangeStorageDirectly("UPDATE articles SET title = 'Changed behind the desk' WHERE slug = 'steady-story'");

        using var refused = await Admin.PatchMergeAsync($"{Articles}/steady-story", """{"language":"not a language"}""");
        await refused.IsProblemAsync(HttpStatusCode.BadRequest, "language");

        Assert.That(await Anonymous.GetStringAsync($"{Articles}/steady-story"), Is.EqualTo(first));
    }

    [Test]
    public async Task An_answer_from_memory_is_never_given_to_an_address_that_differs_in_case()
    {
        await PublishedAsync("Case story");
        await WarmAsync($"{Articles}?limit=5", $"{Articles}/case-story");

        using var parameter = await Anonymous.GetAsync($"{Articles}?Limit=5");
        using var slug = await Anonymous.GetAsync($"{Articles}/CASE-STORY");

        await parameter.IsProblemAsync(HttpStatusCode.BadRequest, "Limit");
        await slug.IsProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task PublishedAsync(string title, object? links = null)
    {
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(links ?? new { }, Json.Options))!.AsObject();
        body["title"] = title;
        body["body"] = "Text of the story.";
        body["language"] = "en";
        var created = await Admin.PostJsonAsync(Articles, body);
        await Admin.PostJsonAsync($"{Articles}/{created["id"]}/publish", new { });
    }

    private async Task<int> CountAsync(string url) => (await Anonymous.GetJsonAsync(url))["articleCount"]!.GetValue<int>();

    private async Task WarmAsync(params string[] urls)
    {
        foreach (var url in urls) await Anonymous.GetStringAsync(url);
    }

    private void ChangeStorageDirectly(string sql) => Assert.That(Factory.Execute(sql), Is.EqualTo(1));

    private static List<string> Titles(JsonNode list) => list["items"]!.AsArray().Select(item => item!["title"]!.GetValue<string>()).ToList();
}
