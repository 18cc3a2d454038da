using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Api.Tests.Http;

/// <summary>Query parameters are typed and allowlisted: anything unknown or out of range is a 400 naming it, never ignored, never a 500.</summary>
public sealed class QueryParameterTests : SeededNewsroom
{
    private HttpClient anonymous = null!;

    [OneTimeSetUp]
    public async Task SeedSecondOfEachAsync()
    {
        anonymous = Factory.Anonymous();
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Sport" });
        await Admin.PostJsonAsync("/api/v1/authors", new { name = "Oliver Grant" });
        var second = await Admin.PostJsonAsync(Articles, new { title = "Second", body = "Text.", language = "en" });
        await Admin.PostJsonAsync(Existing + "/publish", new { });
        await Admin.PostJsonAsync($"{Articles}/{second["id"]}/publish", new { });
    }

    [OneTimeTearDown]
    public void DisposeAnonymous() => anonymous.Dispose();

    [TestCase("/api/v1/articles?colour=red", "colour")]
    [TestCase("/api/v1/articles?limit=5&sortt=title", "sortt")]
    [TestCase("/api/v1/articles/existing?colour=red", "colour")]
    [TestCase("/api/v1/authors?colour=red", "colour")]
    [TestCase("/api/v1/authors/claire-dubois?colour=red", "colour")]
    [TestCase("/api/v1/tags?colour=red", "colour")]
    [TestCase("/api/v1/tags/economie?formats=html", "formats")]
    [TestCase("/api/v1/articles?Limit=5", "Limit")]
    public async Task Unknown_query_parameter_is_a_400_naming_it(string url, string parameter) =>
        await RefusedParameterAsync(anonymous, url, parameter, "not a parameter");

    private static async Task RefusedParameterAsync(HttpClient client, string url, string parameter, string message)
    {
        using var response = await client.GetAsync(url);
        var problem = await response.IsProblemAsync(HttpStatusCode.BadRequest, parameter);
        Assert.That(problem.MessagesFor(parameter), Has.Some.Contains(message));
    }

    [Test]
    public async Task Unknown_query_parameter_on_a_write_is_a_400_and_writes_nothing() =>
        await RefusedAsync(() => Admin.PostAsync(Articles + "?draft=true", Json.Body(new { title = "T", body = "B", language = "fr" })),
            HttpStatusCode.BadRequest, "draft");

    [TestCase("/api/v1/articles?limit=101", "limit")]
    [TestCase("/api/v1/articles?limit=0", "limit")]
    [TestCase("/api/v1/articles?limit=-1", "limit")]
    [TestCase("/api/v1/articles?limit=abc", "limit")]
    [TestCase("/api/v1/articles?limit=1.5", "limit")]
    [TestCase("/api/v1/articles?limit=99999999999", "limit")]
    [TestCase("/api/v1/authors?limit=101", "limit")]
    [TestCase("/api/v1/tags?limit=abc", "limit")]
    [TestCase("/api/v1/articles?page=0", "page")]
    [TestCase("/api/v1/articles?page=-3", "page")]
    [TestCase("/api/v1/articles?page=two", "page")]
    [TestCase("/api/v1/tags?page=0", "page")]
    [TestCase("/api/v1/articles?formats=pdf", "formats")]
    [TestCase("/api/v1/articles?formats=html,pdf", "formats")]
    [TestCase("/api/v1/articles/existing?formats=pdf", "formats")]
    [TestCase("/api/v1/articles/existing?formats=", "formats")]
    [TestCase("/api/v1/articles?cursor=abc", "cursor")]
    [TestCase("/api/v1/authors?cursor=abc", "cursor")]
    [TestCase("/api/v1/articles?cursor=", "cursor")]
    public async Task Out_of_range_or_unreadable_value_is_a_400_naming_the_parameter(string url, string parameter)
    {
        using var response = await anonymous.GetAsync(url);
        await response.IsProblemAsync(HttpStatusCode.BadRequest, parameter);
    }

    [TestCase("/api/v1/articles?q=glaciers&q=alpes", "q")]
    [TestCase("/api/v1/articles?q=glaciers&q=", "q")]
    [TestCase("/api/v1/articles?sort=title&sort=title", "sort")]
    [TestCase("/api/v1/articles?limit=5&limit=5", "limit")]
    [TestCase("/api/v1/articles?fields=slug&fields=title", "fields")]
    [TestCase("/api/v1/articles/existing?formats=html&formats=markdown", "formats")]
    [TestCase("/api/v1/articles/existing/related?limit=1&limit=2", "limit")]
    [TestCase("/api/v1/audit?resource=articles&resource=keys", "resource")]
    [TestCase("/api/v1/audit?action=createArticle&action=publishArticle", "action")]
    [TestCase("/api/v1/audit?outcome=failed&outcome=failed", "outcome")]
    public async Task A_single_valued_query_parameter_given_twice_is_a_400_naming_it(string url, string parameter) =>
        await RefusedParameterAsync(Admin, url, parameter, "more than once");

    [Test]
    public async Task A_repeatable_filter_given_twice_is_read_as_both_values()
    {
        using var response = await anonymous.GetAsync("/api/v1/articles?tag=economie&tag=sport&status=published&status=published");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("/api/v1/audit?since=yesterday", "since")]
    [TestCase("/api/v1/audit?keyId=nobody", "keyId")]
    [TestCase("/api/v1/audit?limit=2&limit=3", "limit")]
    [TestCase("/api/v1/article-tombstones?since=2026-13-45", "since")]
    [TestCase("/api/v1/export?updatedSince=soon", "updatedSince")]
    public async Task Unreadable_typed_value_on_a_keyed_read_is_a_400_naming_it(string url, string parameter)
    {
        using var response = await Admin.GetAsync(url);
        await response.IsProblemAsync(HttpStatusCode.BadRequest, parameter);
    }

    [Test]
    public async Task Unreadable_dryRun_on_an_import_is_a_400_naming_it_and_writes_nothing() =>
        await RefusedAsync(() => Admin.PostAsync("/api/v1/import?dryRun=perhaps",
                new StringContent("""{"type":"tag","name":"Jamais"}""", System.Text.Encoding.UTF8, "application/x-ndjson")),
            HttpStatusCode.BadRequest, "dryRun");

    [Test]
    public void Every_value_an_endpoint_reads_from_text_has_a_type_whose_unreadable_values_are_named()
    {
        var unnamed = Factory.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .SelectMany(endpoint => endpoint.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Http.Metadata.IParameterBindingMetadata>()
                .Where(parameter => parameter.HasTryParse)
                .Select(parameter => Nullable.GetUnderlyingType(parameter.ParameterInfo.ParameterType) ?? parameter.ParameterInfo.ParameterType)
                .Where(type => !Hosting.UnreadableParameters.Checked.Contains(type) && type != typeof(string))
                .Select(type => $"{endpoint.DisplayName}: {type.Name}"))
            .ToList();
        Assert.That(unnamed, Is.Empty);
    }

    [TestCase("/api/v1/articles?limit=1")]
    [TestCase("/api/v1/articles?limit=100")]
    [TestCase("/api/v1/articles?page=1&limit=100")]
    [TestCase("/api/v1/articles?formats=html,plaintext,markdown,blocks")]
    [TestCase("/api/v1/articles/existing?formats=none")]
    public async Task Values_at_the_edges_of_the_range_are_accepted(string url)
    {
        using var response = await anonymous.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Cursor_and_page_together_are_a_400()
    {
        var cursor = await NextCursorAsync("/api/v1/articles?limit=1");
        using var response = await anonymous.GetAsync($"/api/v1/articles?limit=1&page=1&cursor={cursor}");
        await response.IsProblemAsync(HttpStatusCode.BadRequest, "page");
    }

    [TestCase("/api/v1/tags?limit=1", "/api/v1/articles")]
    [TestCase("/api/v1/authors?limit=1", "/api/v1/tags")]
    [TestCase("/api/v1/articles?limit=1", "/api/v1/authors")]
    public async Task Cursor_from_another_list_is_a_400_naming_cursor(string source, string target)
    {
        var cursor = await NextCursorAsync(source);
        using var response = await anonymous.GetAsync($"{target}?cursor={cursor}");
        await response.IsProblemAsync(HttpStatusCode.BadRequest, "cursor");
    }

    [Test]
    public async Task Tampered_cursor_is_a_400_naming_cursor()
    {
        var cursor = await NextCursorAsync("/api/v1/articles?limit=1");
        var tampered = (cursor[0] == 'A' ? "B" : "A") + cursor[1..];
        using var response = await anonymous.GetAsync($"/api/v1/articles?cursor={tampered}");
        await response.IsProblemAsync(HttpStatusCode.BadRequest, "cursor");
    }

    [TestCase("api_key")]
    [TestCase("apikey")]
    [TestCase("API_KEY")]
    [TestCase("key")]
    [TestCase("token")]
    [TestCase("access_token")]
    public async Task Key_in_the_query_string_is_a_401_even_when_it_is_the_right_key(string name)
    {
        using var read = await anonymous.GetAsync($"/api/v1/articles?{name}={CmsFactory.AdminKey}");
        await read.IsProblemAsync(HttpStatusCode.Unauthorized, code: "key-in-query");
        await RefusedAsync(() => anonymous.PostAsync($"{Articles}?{name}={CmsFactory.AdminKey}", Json.Body(new { title = "T", body = "B", language = "fr" })),
            HttpStatusCode.Unauthorized, code: "key-in-query");
    }

    [Test]
    public async Task Key_in_the_query_string_is_refused_even_alongside_a_valid_header()
    {
        using var response = await Admin.GetAsync($"/api/v1/articles?api_key={CmsFactory.AdminKey}");
        await response.IsProblemAsync(HttpStatusCode.Unauthorized, code: "key-in-query");
    }

    private async Task<string> NextCursorAsync(string url)
    {
        var page = await Admin.GetJsonAsync(url);
        var cursor = page["page"]?["nextCursor"]?.GetValue<string>();
        Assert.That(cursor, Is.Not.Null.And.Not.Empty, $"{url} gave no next cursor: {page.ToJsonString()}");
        return cursor!;
    }

}
