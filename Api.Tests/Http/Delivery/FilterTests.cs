using System.Globalization;
using System.Net;

namespace Cms.Api.Tests.Http.Delivery;

/// <summary>Each filter of the article list, alone and combined, for the public and for a key.</summary>
public sealed class FilterTests : DeliveryNewsroom
{
    [TestCase("tag=economie", new[] { Circular, Budget, Renault })]
    [TestCase("tag=sport", new[] { Derby })]
    [TestCase("tag=economie&tag=sport", new[] { Circular, Budget, Derby, Renault })]
    [TestCase("tag=economie,sport", new[] { Circular, Budget, Derby, Renault })]
    [TestCase("tag=economie,%20sport&tagMode=any", new[] { Circular, Budget, Derby, Renault })]
    [TestCase("tag=economie&tag=climat&tagMode=all", new[] { Budget })]
    [TestCase("tag=economie,climat,sport&tagMode=all", new string[0])]
    [TestCase("tag=economie&tagMode=all", new[] { Circular, Budget, Renault })]
    [TestCase("tag=economie&tag=economie", new[] { Circular, Budget, Renault })]
    public async Task Tag_filter_takes_repeated_and_comma_separated_slugs_any_by_default_and_all_with_tagMode_all(string query, string[] expected) =>
        Assert.That(await SlugsAsync(Anonymous, $"{Articles}?{query}"), Is.EqualTo(expected));

    [Test]
    public async Task Tag_filter_takes_ids_in_any_case_as_well_as_slugs()
    {
        var economie = (await Admin.GetJsonAsync("/api/v1/tags/economie"))["id"]!.GetValue<string>();
        Assert.Multiple(async () =>
        {
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?tag={economie}"), Is.EqualTo(new[] { Circular, Budget, Renault }));
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?tag={economie.ToUpperInvariant()},sport"), Is.EqualTo(new[] { Circular, Budget, Derby, Renault }));
        });
    }

    [TestCase("author=oliver-grant", new[] { Budget, Derby })]
    [TestCase("author=marta-novakova", new[] { Circular, Prague })]
    [TestCase("author=oliver-grant&author=marta-novakova", new[] { Circular, Prague, Budget, Derby })]
    [TestCase("author=oliver-grant,marta-novakova", new[] { Circular, Prague, Budget, Derby })]
    public async Task Author_filter_takes_repeated_and_comma_separated_slugs_and_gives_articles_by_any_of_them(string query, string[] expected) =>
        Assert.That(await SlugsAsync(Anonymous, $"{Articles}?{query}"), Is.EqualTo(expected));

    [Test]
    public async Task Author_filter_takes_an_id()
    {
        var marta = (await Admin.GetJsonAsync("/api/v1/authors/marta-novakova"))["id"]!.GetValue<string>();
        Assert.That(await SlugsAsync(Anonymous, $"{Articles}?author={marta}"), Is.EqualTo(new[] { Circular, Prague }));
    }

    [TestCase("language=fr", new[] { Market, Circular, Security, Summer, Renault })]
    [TestCase("language=FR", new[] { Market, Circular, Security, Summer, Renault })]
    [TestCase("language=en", new[] { Budget, Derby })]
    [TestCase("language=cs", new[] { Prague })]
    [TestCase("language=en-GB", new string[0])]
    public async Task Language_filter_gives_the_articles_written_in_that_language_whatever_the_case_of_the_tag(string query, string[] expected) =>
        Assert.That(await SlugsAsync(Anonymous, $"{Articles}?{query}"), Is.EquivalentTo(expected));

    [TestCase("publishedAfter=2024-02-15T08:00:00Z", new[] { Derby, Budget, Prague, Security, Circular, Market })]
    [TestCase("publishedAfter=2024-02-15T07:59:59Z", new[] { Summer, Derby, Budget, Prague, Security, Circular, Market })]
    [TestCase("publishedBefore=2024-03-01T18:00:00Z", new[] { Renault, Summer })]
    [TestCase("publishedBefore=2024-03-01T18:00:00.001Z", new[] { Renault, Summer, Derby })]
    [TestCase("publishedAfter=2024-03-01", new[] { Derby, Budget, Prague, Security, Circular, Market })]
    [TestCase("publishedAfter=2024-02-15T08:00:00Z&publishedBefore=2024-04-05T07:00:00Z", new[] { Derby, Budget })]
    [TestCase("publishedAfter=2024-02-15T10:00:00%2B02:00&publishedBefore=2024-04-05T09:00:00%2B02:00", new[] { Derby, Budget })]
    [TestCase("publishedAfter=2024-05-01T12:00:00Z", new string[0])]
    public async Task Publication_range_is_strict_on_both_ends(string query, string[] expected) =>
        Assert.That(await SlugsAsync(Anonymous, $"{Articles}?{query}&sort=publishedAt"), Is.EquivalentTo(expected));

    [Test]
    public async Task Publication_range_with_a_key_leaves_out_drafts_which_have_no_publication_time()
    {
        Assert.Multiple(async () =>
        {
            Assert.That(await SlugsAsync(Admin, $"{Articles}?publishedBefore=2024-03-01T18:00:00Z"), Is.EquivalentTo(new[] { Renault, Summer }));
            Assert.That(await SlugsAsync(Admin, $"{Articles}?publishedAfter=2024-05-01T12:00:00Z"), Is.EqualTo(new[] { Scheduled }));
            Assert.That(await SlugsAsync(Admin, $"{Articles}?tag=sport&publishedBefore=2030-01-01"), Is.EqualTo(new[] { Derby }));
            Assert.That(await SlugsAsync(Admin, $"{Articles}?author=oliver-grant&publishedAfter=2024-01-01&sort=publishedAt"),
                Is.EqualTo(new[] { Derby, Budget, Scheduled }));
        });
    }

    [Test]
    public async Task Updated_since_includes_an_article_changed_at_that_very_instant_and_leaves_out_earlier_changes()
    {
        var all = (await Admin.GetJsonAsync($"{Articles}?limit=100"))["items"]!.AsArray()
            .Select(item => (Slug: item!["slug"]!.GetValue<string>(), UpdatedAt: item["updatedAt"]!.GetValue<DateTimeOffset>()))
            .ToList();
        var budgetChanged = all.Single(item => item.Slug == Budget).UpdatedAt;
        var middle = all.Single(item => item.Slug == Prague).UpdatedAt;

        Assert.Multiple(async () =>
        {
            Assert.That(all.Max(item => item.UpdatedAt), Is.EqualTo(budgetChanged), "the fixture changes the budget story last");
            Assert.That(await SlugsAsync(Admin, $"{Articles}?limit=100&updatedSince={Instant(budgetChanged)}"),
                Is.EquivalentTo(all.Where(item => item.UpdatedAt >= budgetChanged).Select(item => item.Slug)).And.Contains(Budget));
            Assert.That(await SlugsAsync(Admin, $"{Articles}?limit=100&updatedSince={Instant(budgetChanged.AddMilliseconds(1))}"), Is.Empty);
            Assert.That(await SlugsAsync(Admin, $"{Articles}?limit=100&updatedSince={Instant(middle)}"),
                Is.EquivalentTo(all.Where(item => item.UpdatedAt >= middle).Select(item => item.Slug)).And.Contains(Prague));
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?limit=100&updatedSince=2000-01-01"), Is.EquivalentTo(Published));
        });
    }

    [Test]
    public async Task Filters_combine_tag_author_language_and_publication_range()
    {
        Assert.Multiple(async () =>
        {
            Assert.That(await SlugsAsync(Anonymous,
                    $"{Articles}?tag=economie&author=claire-dubois&language=en&publishedAfter=2024-01-01&publishedBefore=2024-12-31"),
                Is.EqualTo(new[] { Budget }));
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?tag=economie&author=claire-dubois"), Is.EqualTo(new[] { Budget, Renault }));
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?tag=economie&language=fr"), Is.EqualTo(new[] { Circular, Renault }));
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?author=claire-dubois&publishedBefore=2024-03-01"), Is.EqualTo(new[] { Summer, Renault }));
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?tag=climat,sport&author=oliver-grant&language=en"), Is.EqualTo(new[] { Budget, Derby }));
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?tag=economie,climat&tagMode=all&author=marta-novakova"), Is.Empty);
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?tag=sport&author=claire-dubois"), Is.Empty);
        });
    }

    [Test]
    public async Task Filters_combine_with_search()
    {
        Assert.Multiple(async () =>
        {
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?q=dubois"), Is.EquivalentTo(new[] { Renault, Summer, Budget, Security }));
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?q=dubois&tag=climat"), Is.EquivalentTo(new[] { Summer, Budget }));
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?q=dubois&tag=climat,economie&tagMode=all"), Is.EqualTo(new[] { Budget }));
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?q=dubois&author=oliver-grant"), Is.EqualTo(new[] { Budget }));
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?q=dubois&language=fr&publishedAfter=2024-02-01"), Is.EquivalentTo(new[] { Summer, Security }));
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?q=derby&tag=sport"), Is.EqualTo(new[] { Derby }));
            Assert.That(await SlugsAsync(Admin, $"{Articles}?q=derby&tag=sport"), Is.EquivalentTo(new[] { Derby, DerbyDraft }));
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?q=renault&tag=a-relire"), Is.Empty);
            Assert.That(await SlugsAsync(Admin, $"{Articles}?q=renault&tag=a-relire"), Is.EqualTo(new[] { Renault }));
        });
    }

    [Test]
    public async Task Filtering_by_an_internal_tag_gives_nothing_to_the_public_and_its_articles_to_a_key()
    {
        Assert.Multiple(async () =>
        {
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?tag=a-relire"), Is.Empty);
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?tag=a-relire,economie&tagMode=all"), Is.Empty);
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?tag=a-relire,sport"), Is.EqualTo(new[] { Derby }), "the internal tag adds nothing");
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?tag=a-relire&page=1"), Is.Empty);
            Assert.That((await Anonymous.GetJsonAsync($"{Articles}?tag=a-relire&page=1"))["page"]!["total"]!.GetValue<int>(), Is.Zero);
            Assert.That(await SlugsAsync(Admin, $"{Articles}?tag=a-relire"), Is.EqualTo(new[] { Renault }));
            Assert.That(await SlugsAsync(Admin, $"{Articles}?tag=a-relire,economie&tagMode=all"), Is.EqualTo(new[] { Renault }));
        });
    }

    [TestCase("tag=no-such-tag")]
    [TestCase("tag=no-such-tag,other-unknown&tagMode=all")]
    [TestCase("tag=0190a5b2-1c3d-7e4f-8a9b-0c1d2e3f4a5b")]
    [TestCase("author=nobody")]
    [TestCase("author=nobody,somebody-else")]
    [TestCase("author=0190a5b2-1c3d-7e4f-8a9b-0c1d2e3f4a5b")]
    [TestCase("tag=economie&author=nobody")]
    public async Task Unknown_tag_or_author_gives_an_empty_list_not_an_error(string query)
    {
        using var response = await Anonymous.GetAsync($"{Articles}?{query}");
        var json = await response.ReadAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), json.ToJsonString());
            Assert.That(Slugs(json), Is.Empty);
            Assert.That(json["page"]!["nextCursor"], Is.Null);
        });
    }

    [Test]
    public async Task Tag_and_author_filters_with_a_key_include_drafts_and_scheduled_articles()
    {
        Assert.Multiple(async () =>
        {
            Assert.That(await SlugsAsync(Admin, $"{Articles}?tag=sport"), Is.EquivalentTo(new[] { Derby, DerbyDraft, Scheduled }));
            Assert.That(await SlugsAsync(Admin, $"{Articles}?author=oliver-grant"), Is.EquivalentTo(new[] { Derby, Budget, DerbyDraft, Scheduled }));
            Assert.That(await SlugsAsync(Admin, $"{Articles}?tag=economie&tag=sport"),
                Is.EquivalentTo(new[] { Renault, Budget, Circular, Derby, LayoffDraft, DerbyDraft, Scheduled }));
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?tag=sport&tag=climat"), Is.EquivalentTo(new[] { Derby, Summer, Budget }));
        });
    }

    [TestCase("status=draft", new[] { LayoffDraft, DerbyDraft })]
    [TestCase("status=scheduled", new[] { Scheduled })]
    [TestCase("status=draft,scheduled", new[] { LayoffDraft, DerbyDraft, Scheduled })]
    [TestCase("status=draft&status=scheduled", new[] { LayoffDraft, DerbyDraft, Scheduled })]
    [TestCase("status=archived", new string[0])]
    [TestCase("status=draft&tag=sport", new[] { DerbyDraft })]
    [TestCase("status=published&tag=sport", new[] { Derby })]
    [TestCase("status=draft&author=claire-dubois", new[] { LayoffDraft })]
    [TestCase("status=draft&q=licenciement", new[] { LayoffDraft })]
    public async Task Status_filter_with_a_key_gives_the_articles_in_those_statuses(string query, string[] expected) =>
        Assert.That(await SlugsAsync(Admin, $"{Articles}?{query}"), Is.EquivalentTo(expected));

    [Test]
    public async Task Status_published_is_the_same_list_for_the_public_and_for_a_key()
    {
        Assert.Multiple(async () =>
        {
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?status=published"), Is.EquivalentTo(Published));
            Assert.That(await SlugsAsync(Admin, $"{Articles}?status=published"), Is.EquivalentTo(Published));
            Assert.That(await SlugsAsync(Anonymous, Articles), Is.EquivalentTo(Published));
            Assert.That(await SlugsAsync(Admin, Articles), Is.EquivalentTo(Published.Concat(Unpublished)));
        });
    }

    [TestCase("status=draft")]
    [TestCase("status=scheduled")]
    [TestCase("status=published,archived")]
    [TestCase("status=published&status=draft")]
    public async Task Anonymous_asking_for_an_unpublished_status_is_a_400_naming_status(string query)
    {
        using var response = await Anonymous.GetAsync($"{Articles}?{query}");
        await response.IsProblemAsync(HttpStatusCode.BadRequest, "status");
    }

    private static string Instant(DateTimeOffset instant) =>
        Uri.EscapeDataString(instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
}
