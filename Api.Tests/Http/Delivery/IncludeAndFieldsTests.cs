using System.Text.Json.Nodes;

namespace Cms.Api.Tests.Http.Delivery;

/// <summary><c>include=</c> embeds relations in full, <c>fields=</c> trims, <c>formats=</c> picks the body's forms.</summary>
public sealed class IncludeAndFieldsTests : DeliveryNewsroom
{
    [Test]
    public async Task Without_include_relations_are_summaries_of_id_slug_and_name()
    {
        var budget = await Anonymous.GetJsonAsync($"{Articles}/{Budget}");
        var security = await Anonymous.GetJsonAsync($"{Articles}/{Security}");
        Assert.Multiple(() =>
        {
            foreach (var author in budget["authors"]!.AsArray()) Assert.That(Keys(author), Is.EquivalentTo(new[] { "id", "slug", "name" }));
            foreach (var tag in budget["tags"]!.AsArray()) Assert.That(Keys(tag), Is.EquivalentTo(new[] { "id", "slug", "name" }));
            Assert.That(Keys(budget["primaryTag"]), Is.EquivalentTo(new[] { "id", "slug", "name" }));
            Assert.That(Keys(security["readAlso"]![0]), Is.EquivalentTo(new[] { "id", "slug", "title", "url" }));
        });
    }

    [Test]
    public async Task Include_authors_embeds_each_authors_public_profile_but_never_the_email()
    {
        foreach (var client in new[] { Anonymous, Admin })
        {
            var budget = await client.GetJsonAsync($"{Articles}/{Budget}?include=authors");
            var authors = budget["authors"]!.AsArray();
            Assert.Multiple(() =>
            {
                Assert.That(authors.Select(a => a!["slug"]!.GetValue<string>()), Is.EqualTo(new[] { "oliver-grant", "claire-dubois" }));
                Assert.That(authors[0]!["jobTitle"]!.GetValue<string>(), Is.EqualTo("Sports writer"));
                Assert.That(authors[1]!["jobTitle"]!.GetValue<string>(), Is.EqualTo("Journaliste économie"));
                Assert.That(authors[1]!["bio"]!.GetValue<string>(), Is.EqualTo("Couvre l’emploi et l’industrie."));
                Assert.That(authors[1]!["social"], Is.Not.Null);
                Assert.That(authors.Select(a => a!.AsObject().ContainsKey("email")), Is.All.False);
                Assert.That(Keys(budget["tags"]![0]), Is.EquivalentTo(new[] { "id", "slug", "name" }), "only what was asked for is embedded");
            });
        }
    }

    [Test]
    public async Task Include_tags_embeds_each_public_tags_description()
    {
        var renault = await Anonymous.GetJsonAsync($"{Articles}/{Renault}?include=tags");
        var keyed = await Admin.GetJsonAsync($"{Articles}/{Renault}?include=tags");
        Assert.Multiple(() =>
        {
            Assert.That(renault["tags"]!.AsArray().Select(t => t!["slug"]!.GetValue<string>()), Is.EqualTo(new[] { "economie" }));
            Assert.That(renault["tags"]![0]!["description"]!.GetValue<string>(), Is.EqualTo("Emploi, entreprises et marchés."));
            Assert.That(renault["primaryTag"]!["description"]!.GetValue<string>(), Is.EqualTo("Emploi, entreprises et marchés."));
            Assert.That(keyed["tags"]!.AsArray().Select(t => t!["slug"]!.GetValue<string>()), Is.EqualTo(new[] { "economie", "a-relire" }));
            Assert.That(Keys(renault["authors"]![0]), Is.EquivalentTo(new[] { "id", "slug", "name" }));
        });
    }

    [Test]
    public async Task Include_readAlso_embeds_each_teasers_excerpt_and_publication_time()
    {
        var security = await Anonymous.GetJsonAsync($"{Articles}/{Security}?include=readAlso");
        var teaser = security["readAlso"]!.AsArray().Single()!;
        Assert.Multiple(() =>
        {
            Assert.That(teaser["slug"]!.GetValue<string>(), Is.EqualTo(Renault));
            Assert.That(teaser["title"]!.GetValue<string>(), Is.EqualTo("Plan de licenciement chez Renault"));
            Assert.That(teaser["excerpt"]!.GetValue<string>(), Is.EqualTo("Le constructeur réduit ses effectifs."));
            Assert.That(teaser["publishedAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(DateTimeOffset.Parse("2024-01-10T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture)));
        });
    }

    [Test]
    public async Task Include_takes_several_names_and_works_on_lists_and_searches()
    {
        var list = await Anonymous.GetJsonAsync($"{Articles}?include=authors,tags,readAlso&limit=100");
        var search = await Anonymous.GetJsonAsync($"{Articles}?q=pirate&include=readAlso,authors");
        var budget = list["items"]!.AsArray().Single(item => item!["slug"]!.GetValue<string>() == Budget)!;
        var security = list["items"]!.AsArray().Single(item => item!["slug"]!.GetValue<string>() == Security)!;
        Assert.Multiple(() =>
        {
            Assert.That(budget["authors"]![0]!["jobTitle"]!.GetValue<string>(), Is.EqualTo("Sports writer"));
            Assert.That(budget["tags"]![1]!["description"]!.GetValue<string>(), Is.EqualTo("Le réchauffement et ses effets."));
            Assert.That(security["readAlso"]![0]!["excerpt"]!.GetValue<string>(), Is.EqualTo("Le constructeur réduit ses effectifs."));
            Assert.That(search["items"]![0]!["readAlso"]![0]!["excerpt"]!.GetValue<string>(), Is.EqualTo("Le constructeur réduit ses effectifs."));
            Assert.That(search["items"]![0]!["authors"]![0]!["bio"]!.GetValue<string>(), Is.EqualTo("Couvre l’emploi et l’industrie."));
            Assert.That(search["items"]![0]!["match"], Is.Not.Null);
        });
    }

    [Test]
    public async Task Fields_trims_every_item_of_a_list_to_exactly_those_keys_and_keeps_the_page()
    {
        var list = await Anonymous.GetJsonAsync($"{Articles}?fields=title,slug&limit=3");
        Assert.Multiple(() =>
        {
            Assert.That(list["items"]!.AsArray(), Has.Count.EqualTo(3));
            foreach (var item in list["items"]!.AsArray()) Assert.That(Keys(item), Is.EquivalentTo(new[] { "title", "slug" }));
            Assert.That(list["page"]!["nextCursor"], Is.Not.Null);
            Assert.That(Keys(list), Is.EquivalentTo(new[] { "items", "page" }));
        });
    }

    [Test]
    public async Task Fields_trims_an_item_to_exactly_those_keys()
    {
        var item = await Anonymous.GetJsonAsync($"{Articles}/{Budget}?fields=title,slug");
        var withBody = await Anonymous.GetJsonAsync($"{Articles}/{Budget}?fields=id,body&formats=plaintext");
        Assert.Multiple(() =>
        {
            Assert.That(Keys(item), Is.EquivalentTo(new[] { "title", "slug" }));
            Assert.That(item["title"]!.GetValue<string>(), Is.EqualTo("Budget talks stall"));
            Assert.That(Keys(withBody), Is.EquivalentTo(new[] { "id", "body" }));
            Assert.That(withBody["body"]!["plaintext"]!.GetValue<string>(), Does.StartWith("Negotiators left"));
        });
    }

    [Test]
    public async Task Fields_combine_with_include_and_with_search()
    {
        var item = await Anonymous.GetJsonAsync($"{Articles}/{Budget}?fields=authors&include=authors");
        var search = await Anonymous.GetJsonAsync($"{Articles}?q=derby&fields=slug,match");
        Assert.Multiple(() =>
        {
            Assert.That(Keys(item), Is.EquivalentTo(new[] { "authors" }));
            Assert.That(item["authors"]![0]!["jobTitle"]!.GetValue<string>(), Is.EqualTo("Sports writer"));
            foreach (var hit in search["items"]!.AsArray()) Assert.That(Keys(hit), Is.EquivalentTo(new[] { "slug", "match" }));
        });
    }

    [Test]
    public async Task List_items_carry_no_body_unless_formats_asks_for_one()
    {
        var plain = await Anonymous.GetJsonAsync($"{Articles}?limit=100");
        var asked = await Anonymous.GetJsonAsync($"{Articles}?limit=100&formats=plaintext,markdown");
        Assert.Multiple(() =>
        {
            foreach (var item in plain["items"]!.AsArray())
            {
                Assert.That(item!.AsObject().ContainsKey("body"), Is.True);
                Assert.That(item["body"], Is.Null);
                Assert.That(item["excerpt"]!.GetValue<string>(), Is.Not.Empty);
            }
            foreach (var item in asked["items"]!.AsArray())
            {
                Assert.That(item!["body"]!["plaintext"]!.GetValue<string>(), Is.Not.Empty);
                Assert.That(item["body"]!["markdown"]!.GetValue<string>(), Is.Not.Empty);
                Assert.That(item["body"]!["html"], Is.Null);
                Assert.That(item["body"]!["blocks"], Is.Null);
            }
        });
    }

    [Test]
    public async Task An_item_carries_its_body_as_html_only_unless_formats_asks_otherwise()
    {
        var item = await Anonymous.GetJsonAsync($"{Articles}/{Summer}");
        var blocks = await Anonymous.GetJsonAsync($"{Articles}/{Summer}?formats=blocks");
        var none = await Anonymous.GetJsonAsync($"{Articles}/{Summer}?formats=none");
        Assert.Multiple(() =>
        {
            Assert.That(item["body"]!["html"]!.GetValue<string>(), Does.Contain("<p>Les rivières sont à sec depuis juin.</p>"));
            Assert.That(item["body"]!["plaintext"], Is.Null);
            Assert.That(item["body"]!["markdown"], Is.Null);
            Assert.That(item["body"]!["blocks"], Is.Null);
            Assert.That(blocks["body"]!["blocks"]!.AsArray(), Is.Not.Empty);
            Assert.That(blocks["body"]!["html"], Is.Null);
            Assert.That(none["body"], Is.Null);
        });
    }

    private static List<string> Keys(JsonNode? node) => node!.AsObject().Select(property => property.Key).ToList();
}
