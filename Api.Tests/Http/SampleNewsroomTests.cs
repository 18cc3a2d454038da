using System.Text.Json.Nodes;

namespace Cms.Api.Tests.Http;

/// <summary>A Development database starts with a small bilingual newsroom; any other environment starts empty.</summary>
public sealed class SampleNewsroomTests
{
    [Test]
    public async Task Development_starts_with_published_French_and_English_articles_with_authors_tags_and_a_read_also_teaser()
    {
        using var factory = new CmsFactory("Development");
        using var anonymous = factory.Anonymous();
        var items = (await anonymous.GetJsonAsync("/api/v1/articles"))["items"]!.AsArray().Select(item => item!).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(items, Is.Not.Empty);
            Assert.That(items.Select(item => item["status"]!.GetValue<string>()), Is.All.EqualTo("published"));
            Assert.That(items.Select(item => item["language"]!.GetValue<string>()), Does.Contain("fr").And.Contain("en"));
            Assert.That(items, Has.All.Matches<JsonNode>(item => item["authors"]!.AsArray().Count > 0), "every sample has a byline");
            Assert.That(items, Has.All.Matches<JsonNode>(item => item["tags"]!.AsArray().Count > 0), "every sample has a tag");
            Assert.That(items, Has.Some.Matches<JsonNode>(item => item["readAlso"]!.AsArray().Count > 0), "a sample has a read-also teaser");
            Assert.That(items.SelectMany(item => item["tags"]!.AsArray()).Select(tag => tag!["slug"]!.GetValue<string>()), Has.None.EqualTo("a-relire"),
                "the sample internal tag stays internal");
        });
        var teaser = items.First(item => item["readAlso"]!.AsArray().Count > 0)["readAlso"]![0]!;
        var target = await anonymous.GetJsonAsync($"/api/v1/articles/{teaser["slug"]}");
        var translations = await anonymous.GetJsonAsync("/api/v1/articles/glaciers-lose-record-ice-in-a-single-summer/translations");
        Assert.Multiple(() =>
        {
            Assert.That(target["title"]!.GetValue<string>(), Is.EqualTo(teaser["title"]!.GetValue<string>()));
            Assert.That(translations["items"]!.AsArray().Select(t => t!["language"]!.GetValue<string>()), Is.EqualTo(new[] { "fr" }),
                "the English and French glacier stories are translations of each other");
        });
    }

    [Test]
    public async Task Development_samples_include_a_draft_for_the_newsroom_only()
    {
        using var factory = new CmsFactory("Development");
        using var admin = factory.Admin();
        var statuses = (await admin.GetJsonAsync("/api/v1/articles"))["items"]!.AsArray().Select(item => item!["status"]!.GetValue<string>());
        Assert.That(statuses, Does.Contain("draft").And.Contain("published"));
    }

    [Test]
    public async Task Samples_are_not_written_again_into_a_database_that_has_content()
    {
        using var factory = new CmsFactory("Development");
        var before = factory.CountAll();
        await Samples.SampleNewsroom.FillIfEmptyAsync(factory.Services, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(before["articles"], Is.GreaterThan(0));
            Assert.That(factory.CountAll(), Is.EqualTo(before));
        });
    }

    [Test]
    public async Task Testing_environment_starts_empty()
    {
        using var factory = new CmsFactory();
        using var anonymous = factory.Anonymous();
        using var admin = factory.Admin();
        Assert.Multiple(async () =>
        {
            Assert.That((await anonymous.GetJsonAsync("/api/v1/articles"))["items"]!.AsArray(), Is.Empty);
            Assert.That((await admin.GetJsonAsync("/api/v1/articles"))["items"]!.AsArray(), Is.Empty);
            Assert.That(factory.CountAll().Values, Is.All.Zero);
        });
    }
}
