using System.Net;
using System.Text.Json.Nodes;

namespace Cms.Api.Tests.Http.Delivery;

/// <summary>Tags and authors count their published articles only; internal tags and emails stay with the newsroom.</summary>
public sealed class CountTests : DeliveryNewsroom
{
    private static readonly Dictionary<string, int> PublishedPerTag = new() { ["economie"] = 3, ["climat"] = 2, ["sport"] = 1 };
    private static readonly Dictionary<string, int> PublishedPerAuthor = new() { ["claire-dubois"] = 4, ["oliver-grant"] = 2, ["marta-novakova"] = 2 };

    [TestCase("tags")]
    [TestCase("authors")]
    public async Task Lists_and_reads_of_tags_and_authors_count_published_articles_only_leaving_out_drafts_and_scheduled_ones(string route)
    {
        var expected = route == "tags" ? PublishedPerTag : PublishedPerAuthor;
        foreach (var client in new[] { Anonymous, Admin })
        {
            var listed = Counts(await client.GetJsonAsync($"/api/v1/{route}"));
            foreach (var (slug, count) in expected)
            {
                var read = (await client.GetJsonAsync($"/api/v1/{route}/{slug}"))["articleCount"]!.GetValue<int>();
                Assert.Multiple(() =>
                {
                    Assert.That(listed[slug], Is.EqualTo(count), slug);
                    Assert.That(read, Is.EqualTo(count), slug);
                });
            }
        }
    }

    [Test]
    public async Task The_count_matches_the_number_of_articles_the_public_gets_when_filtering_by_it()
    {
        foreach (var (slug, count) in PublishedPerTag)
        {
            Assert.That((await Anonymous.GetJsonAsync($"{Articles}?tag={slug}&page=1"))["page"]!["total"]!.GetValue<int>(), Is.EqualTo(count), slug);
        }
        foreach (var (slug, count) in PublishedPerAuthor)
        {
            Assert.That((await Anonymous.GetJsonAsync($"{Articles}?author={slug}&page=1"))["page"]!["total"]!.GetValue<int>(), Is.EqualTo(count), slug);
        }
    }

    [Test]
    public async Task Internal_tag_and_its_count_are_shown_only_with_a_key()
    {
        var open = Counts(await Anonymous.GetJsonAsync("/api/v1/tags"));
        var keyed = Counts(await Admin.GetJsonAsync("/api/v1/tags"));
        using var hidden = await Anonymous.GetAsync("/api/v1/tags/a-relire");
        var openArticle = await Anonymous.GetJsonAsync($"{Articles}/{Renault}?include=tags");
        var openList = await Anonymous.GetJsonAsync($"{Articles}?include=tags&limit=100");
        Assert.Multiple(async () =>
        {
            Assert.That(open.Keys, Is.EquivalentTo(new[] { "economie", "climat", "sport" }));
            Assert.That(keyed["a-relire"], Is.EqualTo(1));
            await hidden.IsProblemAsync(HttpStatusCode.NotFound);
            Assert.That(openArticle.ToJsonString(), Does.Not.Contain("a-relire").And.Not.Contain("À relire"));
            Assert.That(openList.ToJsonString(), Does.Not.Contain("a-relire").And.Not.Contain("À relire"));
            Assert.That((await Admin.GetJsonAsync("/api/v1/tags/a-relire"))["articleCount"]!.GetValue<int>(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Author_email_is_never_in_an_anonymous_answer_and_is_in_the_keyed_author_answer()
    {
        var anonymousAnswers = new List<string>();
        foreach (var url in new[]
                 {
                     "/api/v1/authors", "/api/v1/authors/claire-dubois", $"{Articles}?include=authors&limit=100",
                     $"{Articles}/{Budget}?include=authors", $"{Articles}?q=dubois&include=authors",
                 })
        {
            anonymousAnswers.Add(await Anonymous.GetStringAsync(url));
        }
        var keyed = await Admin.GetJsonAsync("/api/v1/authors/claire-dubois");
        Assert.Multiple(() =>
        {
            Assert.That(anonymousAnswers, Has.All.Not.Contain("@newsroom.example").And.All.Not.Contain("\"email\""));
            Assert.That(keyed["email"]!.GetValue<string>(), Is.EqualTo("claire@newsroom.example"));
        });
    }

    private static Dictionary<string, int> Counts(JsonNode list) =>
        list["items"]!.AsArray().ToDictionary(item => item!["slug"]!.GetValue<string>(), item => item!["articleCount"]!.GetValue<int>());
}
