using System.Text.Json.Nodes;

namespace Cms.Api.Tests.Http.Delivery;

/// <summary>Every sort of the article list gives its order, breaking ties by id.</summary>
public sealed class SortTests : DeliveryNewsroom
{
    [Test]
    public async Task Default_order_is_newest_publication_first_with_articles_published_at_the_same_instant_ordered_by_id()
    {
        var expected = ById(Market, Circular).Reverse().Concat([Security, Prague, Budget, Derby, Summer, Renault]);
        Assert.Multiple(async () =>
        {
            Assert.That(await SlugsAsync(Anonymous, Articles), Is.EqualTo(expected));
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?sort=-publishedAt"), Is.EqualTo(expected));
        });
    }

    [Test]
    public async Task Sort_publishedAt_is_oldest_first_with_ties_ordered_by_id() =>
        Assert.That(await SlugsAsync(Anonymous, $"{Articles}?sort=publishedAt"),
            Is.EqualTo(new[] { Renault, Summer, Derby, Budget, Prague, Security }.Concat(ById(Circular, Market))));

    [Test]
    public async Task With_a_key_scheduled_articles_lead_newest_first_and_drafts_without_a_publication_time_come_last()
    {
        var newest = await SlugsAsync(Admin, $"{Articles}?sort=-publishedAt");
        var oldest = await SlugsAsync(Admin, $"{Articles}?sort=publishedAt");
        Assert.Multiple(() =>
        {
            Assert.That(newest.First(), Is.EqualTo(Scheduled));
            Assert.That(newest.TakeLast(2), Is.EqualTo(ById(LayoffDraft, DerbyDraft).Reverse()));
            Assert.That(oldest.Take(2), Is.EqualTo(ById(LayoffDraft, DerbyDraft)));
            Assert.That(oldest.Last(), Is.EqualTo(Scheduled));
        });
    }

    [Test]
    public async Task Sort_title_ignores_case_and_accents_so_Economie_files_under_E_and_minus_title_reverses_it()
    {
        string[] expected = [Prague, Budget, Market, Circular, Derby, Renault, Security, Summer];
        Assert.Multiple(async () =>
        {
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?sort=title"), Is.EqualTo(expected),
                "Aktuálně, Budget, dernier, Économie, Late, Plan, Sécurité, Un été");
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?sort=-title"), Is.EqualTo(expected.Reverse()));
        });
    }

    [Test]
    public async Task Sort_updatedAt_orders_by_last_change_with_ties_by_id_and_minus_updatedAt_reverses_it()
    {
        var items = (await Anonymous.GetJsonAsync($"{Articles}?limit=100"))["items"]!.AsArray();
        var expected = items.Select(item => (Slug: Slug(item), Updated: item!["updatedAt"]!.GetValue<DateTimeOffset>(), Id: item["id"]!.GetValue<string>()))
            .OrderBy(item => item.Updated).ThenBy(item => item.Id, StringComparer.Ordinal).Select(item => item.Slug).ToList();
        var ascending = await SlugsAsync(Anonymous, $"{Articles}?sort=updatedAt");
        var descending = await SlugsAsync(Anonymous, $"{Articles}?sort=-updatedAt");
        Assert.Multiple(() =>
        {
            Assert.That(ascending, Is.EqualTo(expected));
            Assert.That(descending, Is.EqualTo(expected.AsEnumerable().Reverse()));
            Assert.That(descending[0], Is.EqualTo(Budget), "the budget story was changed last");
        });
    }

    [Test]
    public async Task Search_sorts_by_relevance_by_default_with_title_matches_above_body_only_matches()
    {
        var byDefault = await Anonymous.GetJsonAsync($"{Articles}?q=derby");
        var asked = await Anonymous.GetJsonAsync($"{Articles}?q=derby&sort=relevance");
        var scores = byDefault["items"]!.AsArray().Select(item => item!["match"]!["score"]!.GetValue<double>()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(Slugs(byDefault), Is.EqualTo(new[] { Derby, Budget }), "the title match ranks above the body-only match");
            Assert.That(asked.ToJsonString(), Is.EqualTo(byDefault.ToJsonString()));
            Assert.That(scores, Is.Ordered.Descending);
            Assert.That(scores[0], Is.GreaterThan(scores[1]));
        });
    }

    [Test]
    public async Task Search_can_be_sorted_by_another_order()
    {
        Assert.Multiple(async () =>
        {
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?q=dubois&sort=-publishedAt"), Is.EqualTo(new[] { Security, Budget, Summer, Renault }));
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?q=dubois&sort=publishedAt"), Is.EqualTo(new[] { Renault, Summer, Budget, Security }));
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?q=dubois&sort=title"), Is.EqualTo(new[] { Budget, Renault, Security, Summer }));
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?q=derby&sort=-title"), Is.EqualTo(new[] { Derby, Budget }));
        });
    }

    [Test]
    public async Task Filtered_lists_keep_the_sort_asked_for()
    {
        Assert.Multiple(async () =>
        {
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?tag=economie&sort=publishedAt"), Is.EqualTo(new[] { Renault, Budget, Circular }));
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?tag=economie&sort=title"), Is.EqualTo(new[] { Budget, Circular, Renault }));
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?author=claire-dubois&sort=publishedAt"),
                Is.EqualTo(new[] { Renault, Summer, Budget, Security }));
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?author=claire-dubois&sort=-title"), Is.EqualTo(new[] { Summer, Security, Renault, Budget }));
            Assert.That(await SlugsAsync(Anonymous, $"{Articles}?language=fr&sort=title"), Is.EqualTo(new[] { Market, Circular, Renault, Security, Summer }));
        });
    }

    private static string Slug(JsonNode? item) => item!["slug"]!.GetValue<string>();
}
