using System.Net;

namespace Cms.Api.Tests.Http.Delivery;

/// <summary>Every list and item parameter with a wrong value is a 400 problem naming it, for the public and for a key.</summary>
public sealed class DeliveryBadInputTests : DeliveryNewsroom
{
    [TestCase("tagMode=some", "tagMode")]
    [TestCase("tagMode=ALL", "tagMode")]
    [TestCase("tagMode=", "tagMode")]
    [TestCase("tag=economie&tagMode=none", "tagMode")]
    [TestCase("language=français", "language")]
    [TestCase("language=e", "language")]
    [TestCase("language=12", "language")]
    [TestCase("language=fr_FR", "language")]
    [TestCase("language=", "language")]
    [TestCase("publishedAfter=yesterday", "publishedAfter")]
    [TestCase("publishedAfter=2024-13-01", "publishedAfter")]
    [TestCase("publishedAfter=", "publishedAfter")]
    [TestCase("publishedAfter=01/02/2024", "publishedAfter")]
    [TestCase("publishedAfter=March%201,%202024", "publishedAfter")]
    [TestCase("publishedAfter=1%20Mar%202024", "publishedAfter")]
    [TestCase("publishedAfter=2024-03-01T10:00:00+02:00", "publishedAfter")]
    [TestCase("publishedAfter=10:00", "publishedAfter")]
    [TestCase("publishedBefore=soon", "publishedBefore")]
    [TestCase("publishedBefore=2024-02-30", "publishedBefore")]
    [TestCase("publishedBefore=12/31/2024", "publishedBefore")]
    [TestCase("publishedAfter=2024-03-01&publishedBefore=2024-03-01", "publishedBefore")]
    [TestCase("publishedAfter=2024-03-02&publishedBefore=2024-03-01", "publishedBefore")]
    [TestCase("publishedAfter=2024-03-01T10:00:00Z&publishedBefore=2024-03-01T11:00:00%2B02:00", "publishedBefore")]
    [TestCase("updatedSince=last-week", "updatedSince")]
    [TestCase("updatedSince=2024-03-01T25:00:00Z", "updatedSince")]
    [TestCase("updatedSince=Fri,%2001%20Mar%202024%2008:00:00%20GMT", "updatedSince")]
    [TestCase("status=deleted", "status")]
    [TestCase("status=Published", "status")]
    [TestCase("sort=popularity", "sort")]
    [TestCase("sort=Title", "sort")]
    [TestCase("sort=%2Btitle", "sort")]
    [TestCase("sort=", "sort")]
    [TestCase("sort=relevance", "sort")]
    [TestCase("sort=relevance&tag=economie", "sort")]
    [TestCase("limit=0", "limit")]
    [TestCase("limit=101", "limit")]
    [TestCase("limit=ten", "limit")]
    [TestCase("page=0", "page")]
    [TestCase("page=x", "page")]
    [TestCase("cursor=not-a-cursor", "cursor")]
    [TestCase("include=comments", "include")]
    [TestCase("include=Authors", "include")]
    [TestCase("include=authors,comments", "include")]
    [TestCase("fields=title,colour", "fields")]
    [TestCase("fields=Title", "fields")]
    [TestCase("fields=,", "fields")]
    [TestCase("formats=pdf", "formats")]
    [TestCase("formats=html,", "formats")]
    [TestCase("tag=Not%20A%20Slug", "tag")]
    [TestCase("tag=économie", "tag")]
    [TestCase("tag=economie,sport_news", "tag")]
    [TestCase("tag=", "tag")]
    [TestCase("tag=economie&tag=%3Cscript%3E", "tag")]
    [TestCase("author=John%20Doe", "author")]
    [TestCase("author=claire-dubois,O'Neil", "author")]
    [TestCase("tags=economie", "tags")]
    [TestCase("authors=claire-dubois", "authors")]
    [TestCase("search=renault", "search")]
    [TestCase("Tag=economie", "Tag")]
    [TestCase("sort=title&sort=-title", "sort")]
    [TestCase("tagMode=any&tagMode=all", "tagMode")]
    [TestCase("limit=1&limit=2", "limit")]
    [TestCase("publishedAfter=2024-01-01&publishedAfter=2024-02-01", "publishedAfter")]
    public async Task Wrong_list_parameter_is_a_400_naming_it(string query, string parameter)
    {
        foreach (var client in new[] { Anonymous, Admin })
        {
            using var response = await client.GetAsync($"{Articles}?{query}");
            await response.IsProblemAsync(HttpStatusCode.BadRequest, parameter);
        }
    }

    [TestCase("/api/v1/articles?updatedSince=9999-12-31T23:59:59-14:00", "updatedSince", "must lie between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z")]
    [TestCase("/api/v1/audit?since=0001-01-01T00:00:00%2B01:00", "since", "must lie between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z")]
    [TestCase("/api/v1/audit?until=9999-12-31T23:59:59-01:00", "until", "must lie between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z")]
    [TestCase("/api/v1/article-tombstones?since=9999-12-31T23:59:59-14:00", "since", "must lie between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z")]
    [TestCase("/api/v1/articles?publishedBefore=soon", "publishedBefore", "must be an ISO 8601 date or time")]
    [TestCase("/api/v1/audit?since=yesterday", "since", "must be an ISO 8601 date or time")]
    [TestCase("/api/v1/article-tombstones?since=soon", "since", "must be an ISO 8601 date or time")]
    [TestCase("/api/v1/export?updatedSince=last-week", "updatedSince", "must be an ISO 8601 date or time")]
    public async Task A_time_in_a_query_that_cannot_be_read_is_a_400_saying_how_to_write_one(string url, string parameter, string message)
    {
        using var response = await Admin.GetAsync(url);
        var problem = await response.IsProblemAsync(HttpStatusCode.BadRequest, parameter);

        Assert.That(problem["errors"]![parameter]![0]!.GetValue<string>(), Does.StartWith(message));
    }

    [TestCase("***")]
    [TestCase("()")]
    [TestCase("* * *")]
    [TestCase("\"\"")]
    [TestCase("\"unclosed phrase")]
    [TestCase("renault \"unclosed")]
    [TestCase("ab*")]
    [TestCase("renault a*")]
    [TestCase("\"plan de li\"*")]
    [TestCase("OR")]
    [TestCase("-renault")]
    [TestCase("")]
    [TestCase("   ")]
    public async Task Search_with_no_words_an_unclosed_quote_or_a_short_prefix_is_a_400_naming_q(string q)
    {
        foreach (var client in new[] { Anonymous, Admin })
        {
            using var response = await client.GetAsync($"{Articles}?q={Uri.EscapeDataString(q)}");
            await response.IsProblemAsync(HttpStatusCode.BadRequest, "q");
        }
    }

    [Test]
    public async Task Search_longer_than_200_characters_or_with_more_than_12_words_is_a_400_naming_q()
    {
        using var tooLong = await Anonymous.GetAsync($"{Articles}?q={new string('a', 201)}");
        using var tooMany = await Anonymous.GetAsync($"{Articles}?q={string.Join("%20", Enumerable.Range(1, 13).Select(i => $"word{i}"))}");
        using var justEnough = await Anonymous.GetAsync($"{Articles}?q={string.Join("%20", Enumerable.Range(1, 12).Select(i => $"word{i}"))}");
        await tooLong.IsProblemAsync(HttpStatusCode.BadRequest, "q");
        await tooMany.IsProblemAsync(HttpStatusCode.BadRequest, "q");
        Assert.That(justEnough.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Twenty_one_tags_is_a_400_naming_tag_and_twenty_are_accepted()
    {
        using var tooMany = await Anonymous.GetAsync($"{Articles}?tag={string.Join(',', Enumerable.Range(1, 21).Select(i => $"t{i}"))}");
        using var enough = await Anonymous.GetAsync($"{Articles}?tag={string.Join(',', Enumerable.Range(1, 20).Select(i => $"t{i}"))}");
        await tooMany.IsProblemAsync(HttpStatusCode.BadRequest, "tag");
        Assert.That(enough.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Several_wrong_parameters_are_named_together_in_one_problem()
    {
        using var response = await Anonymous.GetAsync($"{Articles}?tagMode=x&language=!!&sort=y&publishedAfter=z&status=draft&q=***&tag=A%20B");
        var problem = await response.IsProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(problem["errors"]!.AsObject().Select(error => error.Key),
            Is.SupersetOf(new[] { "tagMode", "language", "sort", "publishedAfter", "status", "q", "tag" }));
    }

    [TestCase("include=comments", "include")]
    [TestCase("fields=colour", "fields")]
    [TestCase("fields=", "fields")]
    [TestCase("formats=pdf", "formats")]
    [TestCase("tag=economie", "tag")]
    [TestCase("q=renault", "q")]
    [TestCase("sort=title", "sort")]
    public async Task Wrong_item_parameter_is_a_400_naming_it(string query, string parameter)
    {
        foreach (var client in new[] { Anonymous, Admin })
        {
            using var response = await client.GetAsync($"{Articles}/{Renault}?{query}");
            await response.IsProblemAsync(HttpStatusCode.BadRequest, parameter);
        }
    }

    [TestCase("tag=economie&tagMode=any")]
    [TestCase("language=en-GB")]
    [TestCase("language=zh-Hant-TW")]
    [TestCase("publishedAfter=2024-03-01&publishedBefore=2024-03-01T00:00:00.001Z")]
    [TestCase("updatedSince=2024-03-01T08:00:00%2B01:00")]
    [TestCase("status=published")]
    [TestCase("include=")]
    [TestCase("include=authors,tags,readAlso")]
    [TestCase("fields=id,slug,title,subtitle,excerpt,language,status,url,createdAt,updatedAt,publishedAt,firstPublishedAt,authors,tags,primaryTag,featureImage,canonicalUrl,wordCount,readingTimeMinutes,share,readAlso,body,match")]
    [TestCase("formats=none")]
    [TestCase("q=ab")]
    [TestCase("q=abc*")]
    [TestCase("sort=relevance&q=renault")]
    public async Task Valid_values_at_the_edges_are_accepted(string query)
    {
        using var response = await Anonymous.GetAsync($"{Articles}?{query}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }
}
