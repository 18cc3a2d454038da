using System.Net;

namespace Cms.Api.Tests.Http;

/// <summary>A rejected article write answers a problem naming what is wrong, and changes no row and no stored article.</summary>
public sealed class BadInputTests : SeededNewsroom
{
    [TestCase("""{"title":"T","body":"B","language":"fr","colour":"red"}""", "colour")]
    [TestCase("""{"title":"T","body":"B","language":"fr","featureImage":{"url":"https://img.example/a.jpg","colour":"red"}}""", "featureImage.colour")]
    [TestCase("""{"title":"T","body":"B","language":"fr","share":{"hashtag":["Sam"]}}""", "share.hashtag")]
    [TestCase("""{"TITLE":"T","body":"B","language":"fr"}""", "TITLE")]
    [TestCase("""{"title":"T","body":"B","language":"fr","share":{"ogtitle":"a"}}""", "share.ogtitle")]
    public async Task Unknown_property_is_a_400_naming_it_and_writes_nothing(string json, string field)
    {
        var problem = await RefusedAsync(() => Admin.PostAsync(Articles, Json.Body(json)), HttpStatusCode.BadRequest, field);
        Assert.That(problem.MessagesFor(field), Has.Some.Contains("not a field"));
    }

    [TestCase("id", "\"0190a6f1-5c3b-7d2a-9f10-4b8e2c7d1a55\"")]
    [TestCase("status", "\"published\"")]
    [TestCase("publishedAt", "\"2024-01-01T00:00:00Z\"")]
    [TestCase("firstPublishedAt", "\"2024-01-01T00:00:00Z\"")]
    [TestCase("createdAt", "\"2024-01-01T00:00:00Z\"")]
    [TestCase("updatedAt", "\"2024-01-01T00:00:00Z\"")]
    public async Task Server_owned_field_is_a_400_saying_the_server_sets_it_and_writes_nothing(string field, string value)
    {
        var json = $$"""{"title":"T","body":"B","language":"fr","{{field}}":{{value}}}""";
        var problem = await RefusedAsync(() => Admin.PostAsync(Articles, Json.Body(json)), HttpStatusCode.BadRequest, field);
        Assert.That(problem.MessagesFor(field), Has.Some.Contains("set by the server"));
    }

    [TestCase("""{"title":"T","title":"U","body":"B","language":"fr"}""", "title")]
    [TestCase("""{"title":"T","body":"B","language":"fr","share":{"ogTitle":"a","ogTitle":"b"}}""", "share.ogTitle")]
    public async Task Duplicate_key_is_a_400_naming_it_and_writes_nothing(string json, string field)
    {
        var problem = await RefusedAsync(() => Admin.PostAsync(Articles, Json.Body(json)), HttpStatusCode.BadRequest, field);
        Assert.That(problem.MessagesFor(field), Has.Some.Contains("more than once"));
    }

    [TestCase("""{"title":"T","Title":"U"}""", "Title")]
    [TestCase("""{"Title":"U"}""", "Title")]
    [TestCase("""{"Title":null}""", "Title")]
    [TestCase("""{"colour":null}""", "colour")]
    [TestCase("""{"share":{"OGTITLE":"b"}}""", "share.OGTITLE")]
    [TestCase("""{"share":{"ogtitle":null}}""", "share.ogtitle")]
    public async Task A_name_that_is_not_a_field_in_a_merge_patch_even_one_differing_only_in_case_is_a_400_naming_it_and_writes_nothing(
        string json, string field)
    {
        var problem = await RefusedAsync(() => Admin.PatchMergeAsync(Existing, json), HttpStatusCode.BadRequest, field);
        Assert.That(problem.MessagesFor(field), Has.Some.Contains("not a field"));
    }

    [TestCase("""{"title":5,"body":"B","language":"fr"}""", "title")]
    [TestCase("""{"title":"T","body":["B"],"language":"fr"}""", "body")]
    [TestCase("""{"title":"T","body":"B","language":"fr","authors":"claire-dubois"}""", "authors")]
    [TestCase("""{"title":"T","body":"B","language":"fr","featureImage":{"url":"https://img.example/a.jpg","width":"wide"}}""", "featureImage.width")]
    [TestCase("""{"title":"T","body":"B","language":"fr","featureImage":{"url":"https://img.example/a.jpg","width":"1600"}}""", "featureImage.width")]
    [TestCase("""{"title":"T","body":"B","language":"fr","share":{"hashtags":"Sam"}}""", "share.hashtags")]
    [TestCase("""{"title":"T","body":"B","language":"fr","title":null}""", "title")]
    public async Task Wrong_type_is_a_400_naming_the_field_and_writes_nothing(string json, string field) =>
        await RefusedAsync(() => Admin.PostAsync(Articles, Json.Body(json)), HttpStatusCode.BadRequest, field);

    [TestCase("""{"title":"a\u0000b","body":"B","language":"fr"}""", "title")]
    [TestCase("""{"title":"T","body":"B\u0000","language":"fr"}""", "body")]
    [TestCase("""{"title":"T","body":"B","language":"fr","featureImage":{"url":"https://img.example/a.jpg","alt":"\u0000"}}""", "featureImage.alt")]
    [TestCase("""{"title":"T","body":"B","language":"fr","share":{"hashtags":["Sam","Al\u0000tman"]}}""", "share.hashtags[1]")]
    public async Task Nul_character_is_a_400_naming_the_field_and_writes_nothing(string json, string field)
    {
        var problem = await RefusedAsync(() => Admin.PostAsync(Articles, Json.Body(json)), HttpStatusCode.BadRequest, field);
        Assert.That(problem.MessagesFor(field), Has.Some.Contains("NUL"));
    }

    [TestCase("""{"title":"a\nb","body":"B","language":"fr"}""", "title")]
    [TestCase("""{"title":"a\u0085b","body":"B","language":"fr"}""", "title")]
    [TestCase("""{"title":"T","body":"B\u0007","language":"fr"}""", "body")]
    [TestCase("""{"title":"T","body":"B\u007f","language":"fr"}""", "body")]
    [TestCase("""{"title":"T","body":"B\u009f","language":"fr"}""", "body")]
    public async Task A_control_character_is_a_400_naming_the_field_and_writes_nothing(string json, string field)
    {
        var problem = await RefusedAsync(() => Admin.PostAsync(Articles, Json.Body(json)), HttpStatusCode.BadRequest, field);
        Assert.That(problem.MessagesFor(field), Has.Some.Contains("control characters"));
    }

    [TestCase("/api/v1/articles", """{"title":"Veille\uFFFEclimat","body":"B","language":"fr"}""", "title", "veille-climat")]
    [TestCase("/api/v1/authors", """{"name":"Ana\uFFFEBel"}""", "name", "ana-bel")]
    [TestCase("/api/v1/tags", """{"name":"Ciel\uFFFEbleu"}""", "name", "ciel-bleu")]
    public async Task A_noncharacter_in_a_title_or_name_is_kept_and_its_slug_reads_it_as_a_space(string route, string json, string field, string slug)
    {
        using var created = await Admin.PostAsync(route, Json.Body(json));
        var saved = await created.ReadAsync();
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), saved.ToJsonString());
        Assert.That(saved[field]!.GetValue<string>(), Does.Contain('\uFFFE'));
        Assert.That(saved["slug"]!.GetValue<string>(), Is.EqualTo(slug));
    }

    [Test]
    public async Task A_search_holding_a_noncharacter_reads_it_as_a_space()
    {
        using var response = await Admin.GetAsync(Articles + "?q=" + Uri.EscapeDataString("existing\uFFFEtext"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task A_body_may_hold_line_breaks_and_tabs()
    {
        using var created = await Admin.PostAsync(Articles, Json.Body("""{"title":"T","body":"Un\r\ndeux\n\n\ttrois","language":"fr"}"""));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [TestCase("""{"body":"B","language":"fr"}""", "title")]
    [TestCase("""{"title":"T","language":"fr"}""", "body")]
    [TestCase("""{"title":"T","body":"B"}""", "language")]
    [TestCase("""{"title":"T","body":"B","language":"fr","featureImage":{"alt":"A picture"}}""", "featureImage.url")]
    public async Task Missing_required_field_is_a_400_naming_it_and_writes_nothing(string json, string field)
    {
        var problem = await RefusedAsync(() => Admin.PostAsync(Articles, Json.Body(json)), HttpStatusCode.BadRequest, field);
        Assert.That(problem.MessagesFor(field), Has.Some.Contains("required"));
    }

    [TestCase("""{"title":"   ","body":"B","language":"fr"}""", "title")]
    [TestCase("""{"title":"","body":"B","language":"fr"}""", "title")]
    [TestCase("""{"title":"Two\nlines","body":"B","language":"fr"}""", "title")]
    [TestCase("""{"title":"T","body":"B","language":"fr","slug":"Hello-World"}""", "slug")]
    [TestCase("""{"title":"T","body":"B","language":"fr","slug":"0190a6f1-5c3b-7d2a-9f10-4b8e2c7d1a55"}""", "slug")]
    [TestCase("""{"title":"T","body":"B","language":"fr","slug":"two--hyphens"}""", "slug")]
    [TestCase("""{"title":"T","body":"B","language":"fr","featureImage":{"url":"javascript:alert(1)"}}""", "featureImage.url")]
    [TestCase("""{"title":"T","body":"B","language":"fr","featureImage":{"url":"/images/a.jpg"}}""", "featureImage.url")]
    [TestCase("""{"title":"T","body":"B","language":"fr","canonicalUrl":"javascript:alert(1)"}""", "canonicalUrl")]
    [TestCase("""{"title":"T","body":"B","language":"fr","canonicalUrl":"original/story"}""", "canonicalUrl")]
    [TestCase("""{"title":"T","body":"B","language":"fr","share":{"ogImage":"javascript:alert(1)"}}""", "share.ogImage")]
    [TestCase("""{"title":"T","body":"B","language":"fr","share":{"twitterImage":"ftp://img.example/a.jpg"}}""", "share.twitterImage")]
    [TestCase("""{"title":"T","body":"B","language":"fr","share":{"ogImage":"//img.example/a.jpg"}}""", "share.ogImage")]
    [TestCase("""{"title":"T","body":"B","language":"french"}""", "language")]
    [TestCase("""{"title":"T","body":"B","language":"fr_FR"}""", "language")]
    [TestCase("""{"title":"T","body":"B","language":""}""", "language")]
    [TestCase("""{"title":"T","body":"B","language":"fr","share":{"hashtags":["#Sam"]}}""", "share.hashtags[0]")]
    [TestCase("""{"title":"T","body":"B","language":"fr","share":{"hashtags":["Sam","Sam Altman"]}}""", "share.hashtags[1]")]
    [TestCase("""{"title":"T","body":"B","language":"fr","share":{"hashtags":[null]}}""", "share.hashtags[0]")]
    [TestCase("""{"title":"T","body":"B","language":"fr","share":{"twitterCard":"large"}}""", "share.twitterCard")]
    [TestCase("""{"title":"T","body":"B","language":"fr","authors":["nobody"]}""", "authors[0]")]
    [TestCase("""{"title":"T","body":"B","language":"fr","authors":["claire-dubois","claire-dubois"]}""", "authors[1]")]
    [TestCase("""{"title":"T","body":"B","language":"fr","tags":["economie","ghost"]}""", "tags[1]")]
    [TestCase("""{"title":"T","body":"B","language":"fr","tags":[""]}""", "tags[0]")]
    [TestCase("""{"title":"T","body":"B","language":"fr","authors":[null]}""", "authors[0]")]
    public async Task Invalid_value_is_a_400_naming_the_field_and_writes_nothing(string json, string field) =>
        await RefusedAsync(() => Admin.PostAsync(Articles, Json.Body(json)), HttpStatusCode.BadRequest, field);

    [TestCase("""{"title":"T","body":"B","language":"fr""")]
    [TestCase("""{"title":"T","body":"B","language":"fr",}""")]
    [TestCase("""{'title':'T'}""")]
    [TestCase("not json at all")]
    [TestCase("""["title","body"]""")]
    [TestCase("")]
    public async Task Malformed_json_is_a_400_and_writes_nothing(string json) =>
        await RefusedAsync(() => Admin.PostAsync(Articles, Json.Body(json)), HttpStatusCode.BadRequest);

    [Test]
    public async Task Taken_slug_is_a_409_and_writes_nothing() =>
        await RefusedAsync(() => Admin.PostAsync(Articles, Json.Body("""{"title":"T","body":"B","language":"fr","slug":"existing"}""")),
            HttpStatusCode.Conflict, code: "slug-taken");

    [TestCase("text/plain")]
    [TestCase("application/xml")]
    [TestCase("application/x-www-form-urlencoded")]
    public async Task Body_that_is_not_json_is_a_415_and_writes_nothing(string mediaType)
    {
        const string json = """{"title":"T","body":"B","language":"fr"}""";
        await RefusedAsync(() => Admin.PostAsync(Articles, Json.Body(json, mediaType)), HttpStatusCode.UnsupportedMediaType, code: "unsupported-media-type");
        await RefusedAsync(() => Admin.PutAsync(Existing, Json.Body(json, mediaType)), HttpStatusCode.UnsupportedMediaType, code: "unsupported-media-type");
    }

    [Test]
    public async Task Patch_sent_as_application_json_is_a_415_and_changes_nothing() =>
        await RefusedAsync(() => Admin.PatchAsync(Existing, Json.Body("""{"title":"Changed"}""")), HttpStatusCode.UnsupportedMediaType,
            code: "unsupported-media-type");

    [Test]
    public async Task Body_over_the_size_limit_is_a_413_and_writes_nothing()
    {
        var json = $$"""{"title":"T","body":"{{new string('a', 4 * 1024 * 1024)}}","language":"fr"}""";
        await RefusedAsync(() => Admin.PostAsync(Articles, Json.Body(json)), HttpStatusCode.RequestEntityTooLarge, code: "body-too-large");
        await RefusedAsync(() => Admin.PutAsync(Existing, Json.Body(json)), HttpStatusCode.RequestEntityTooLarge, code: "body-too-large");
        await RefusedAsync(() => Admin.PatchMergeAsync(Existing, json), HttpStatusCode.RequestEntityTooLarge, code: "body-too-large");
    }

    [TestCase("""{"title":"T","body":"B","language":"fr","colour":"red"}""", "colour")]
    [TestCase("""{"title":5,"body":"B","language":"fr"}""", "title")]
    [TestCase("""{"title":"T","body":"B","language":"fr","status":"published"}""", "status")]
    [TestCase("""{"body":"B","language":"fr"}""", "title")]
    [TestCase("""{"title":" ","body":"B","language":"fr"}""", "title")]
    [TestCase("""{"title":"T","body":"B","language":"fr","featureImage":{"url":"javascript:alert(1)"}}""", "featureImage.url")]
    [TestCase("""{"title":"T","body":"B","language":"fr","authors":["claire-dubois","nobody"]}""", "authors[1]")]
    public async Task Replace_with_bad_input_is_a_400_naming_the_field_and_changes_nothing(string json, string field) =>
        await RefusedAsync(() => Admin.PutAsync(Existing, Json.Body(json)), HttpStatusCode.BadRequest, field);

    [TestCase("""{"colour":"red"}""", "colour")]
    [TestCase("""{"title":5}""", "title")]
    [TestCase("""{"title":"a\u0000b"}""", "title")]
    [TestCase("""{"title":"T","title":"U"}""", "title")]
    [TestCase("""{"title":null}""", "title")]
    [TestCase("""{"title":"  "}""", "title")]
    [TestCase("""{"publishedAt":"2024-01-01T00:00:00Z"}""", "publishedAt")]
    [TestCase("""{"id":"0190a6f1-5c3b-7d2a-9f10-4b8e2c7d1a55"}""", "id")]
    [TestCase("""{"featureImage":{"url":"javascript:alert(1)"}}""", "featureImage.url")]
    [TestCase("""{"canonicalUrl":"/relative"}""", "canonicalUrl")]
    [TestCase("""{"share":{"hashtags":["ok","#bad"]}}""", "share.hashtags[1]")]
    [TestCase("""{"share":{"twitterCard":"player"}}""", "share.twitterCard")]
    [TestCase("""{"share":{"ogTitle":"a","ogTitle":"b"}}""", "share.ogTitle")]
    [TestCase("""{"featureImage":{"alt":"No address"}}""", "featureImage.url")]
    [TestCase("""{"tags":["ghost"]}""", "tags[0]")]
    [TestCase("""{"slug":"UPPER"}""", "slug")]
    [TestCase("""{"language":"not a tag"}""", "language")]
    [TestCase("""{"title":"T",""", "$")]
    [TestCase("""["title"]""", "$")]
    [TestCase("""{"title":"\ud800"}""", "title")]
    [TestCase("""{"share":{"hashtags":["ok","\udc00"]}}""", "share.hashtags[1]")]
    [TestCase("""{"\ud800":1}""", "$")]
    public async Task Merge_patch_with_bad_input_is_a_400_naming_the_field_and_changes_nothing(string json, string field) =>
        await RefusedAsync(() => Admin.PatchMergeAsync(Existing, json), HttpStatusCode.BadRequest, field);

    [TestCase(new byte[] { 0x7B, 0x22, 0x74, 0x69, 0x74, 0x6C, 0x65, 0x22, 0x3A, 0x22, 0xFF, 0x22, 0x7D }, "title")]
    [TestCase(new byte[] { 0x7B, 0x22, 0x74, 0xFF, 0x22, 0x3A, 0x22, 0x78, 0x22, 0x7D }, "$")]
    public async Task Merge_patch_with_text_that_is_not_utf8_is_a_400_naming_where_and_changes_nothing(byte[] body, string field)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/merge-patch+json");
        await RefusedAsync(() => Admin.PatchAsync(Existing, content), HttpStatusCode.BadRequest, field);
    }

    [TestCase("x")]
    [TestCase("")]
    [TestCase("\"\"")]
    [TestCase("utf-16")]
    [TestCase("\"latin1\"")]
    public async Task A_body_in_another_charset_than_utf8_is_a_415_and_writes_nothing(string charset)
    {
        var problem = await RefusedAsync(() => Admin.PostAsync(Articles, Declared("""{"title":"T","body":"B","language":"fr"}""", charset)),
            HttpStatusCode.UnsupportedMediaType, code: "unsupported-media-type");
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("UTF-8"));
    }

    [TestCase("PATCH", Existing, "application/merge-patch+json")]
    [TestCase("POST", "/api/v1/import", "application/x-ndjson")]
    public async Task A_merge_patch_or_an_import_in_another_charset_than_utf8_is_a_415_and_writes_nothing(string method, string route, string mediaType)
    {
        var content = new StringContent("""{"title":"Titre"}""", System.Text.Encoding.UTF8);
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", $"{mediaType}; charset=latin1");
        await RefusedAsync(() => Admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), route) { Content = content }),
            HttpStatusCode.UnsupportedMediaType, code: "unsupported-media-type");
    }

    [Test]
    public async Task A_body_sent_where_no_endpoint_reads_one_is_left_unread_whatever_its_charset()
    {
        await Admin.PostJsonAsync(Articles, new { title = "À supprimer", slug = "a-supprimer", body = "B", language = "fr" });
        using var request = new HttpRequestMessage(HttpMethod.Delete, "/api/v1/articles/a-supprimer") { Content = Declared("{}", "latin1") };
        using var response = await Admin.SendAsync(request);
        using var after = await Admin.GetAsync("/api/v1/articles/a-supprimer");
        using var nowhere = await Admin.PostAsync("/api/v1/nowhere", Declared("{}", "latin1"));
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(nowhere.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [TestCase("UTF-8")]
    [TestCase("\"utf-8\"")]
    [TestCase("utf8")]
    public async Task A_body_declared_utf8_in_any_spelling_is_read(string charset)
    {
        using var response = await Admin.PostAsync(Articles, Declared($$"""{"title":"Déclaré {{charset.Trim('"')}}","body":"B","language":"fr"}""", charset));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    private static StringContent Declared(string json, string charset)
    {
        var content = new StringContent(json, System.Text.Encoding.UTF8);
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", $"application/json; charset={charset}");
        return content;
    }

    private const string LongName = "Une étiquette dont le nom dépasse de peu les cent caractères permis, pour voir ce que dit le message.";

    [TestCase("/api/v1/tags", """{"name":""}""", "name", "must not be empty")]
    [TestCase("/api/v1/authors", """{"name":"Claire","email":"claire"}""", "email", "must be an email address")]
    [TestCase("/api/v1/tags", "{\"name\":\"" + LongName + "\"}", "name", "must be at most 100 characters long; it has 101")]
    public async Task A_field_breaking_one_rule_gets_one_message_that_names_it_once(string route, string json, string field, string message)
    {
        var problem = await RefusedAsync(() => Admin.PostAsync(route, Json.Body(json)), HttpStatusCode.BadRequest, field);

        Assert.Multiple(() =>
        {
            Assert.That(problem["errors"]![field]!.AsArray().Select(m => m!.GetValue<string>()), Is.EqualTo(new[] { message }));
            Assert.That(problem["detail"]!.GetValue<string>(), Is.EqualTo($"'{field}' {message}."));
        });
    }

    [Test]
    public async Task Every_item_of_a_list_that_breaks_a_rule_is_named()
    {
        var problem = await RefusedAsync(() => Admin.PostAsync(Articles,
            Json.Body("""{"title":"T","body":"B","language":"fr","share":{"hashtags":["#a","ok","#b"]}}""")), HttpStatusCode.BadRequest);

        Assert.That(problem["errors"]!.AsObject().Select(error => error.Key), Is.EquivalentTo(new[] { "share.hashtags[0]", "share.hashtags[2]" }));
    }

    [TestCase("/api/v1/articles", "")]
    [TestCase("/api/v1/articles", "null")]
    [TestCase("/api/v1/tags", "")]
    [TestCase("/api/v1/authors", "null")]
    public async Task Create_without_a_body_is_a_400_naming_the_body_and_writes_nothing(string route, string body) =>
        await RefusedAsync(() => Admin.PostAsync(route, new StringContent(body, System.Text.Encoding.UTF8, "application/json")),
            HttpStatusCode.BadRequest, "$");

    [Test]
    public async Task Replace_to_a_slug_another_article_has_is_a_409_and_changes_nothing()
    {
        await Admin.PostJsonAsync(Articles, new { title = "Other", slug = "other", body = "B", language = "fr" });
        await RefusedAsync(() => Admin.PutAsync("/api/v1/articles/other", Json.Body("""{"title":"T","body":"B","language":"fr","slug":"existing"}""")),
            HttpStatusCode.Conflict, code: "slug-taken");
        await RefusedAsync(() => Admin.PatchMergeAsync("/api/v1/articles/other", """{"slug":"existing"}"""), HttpStatusCode.Conflict, code: "slug-taken");
    }

    [TestCase("""{"publishedAt":"yesterday"}""", "publishedAt")]
    [TestCase("""{"publishedAt":"2024-01-01T00:00:00"}""", "publishedAt")]
    [TestCase("""{"status":"published"}""", "status")]
    public async Task Publish_with_bad_input_is_a_400_naming_the_field_and_changes_nothing(string json, string field) =>
        await RefusedAsync(() => Admin.PostAsync(Existing + "/publish", Json.Body(json)), HttpStatusCode.BadRequest, field);

    [TestCase("9999-12-31T23:59:59-14:00", "must lie between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z")]
    [TestCase("0001-01-01T00:00:00+01:00", "must lie between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z")]
    [TestCase("9999-12-31T23:59:59-15:00", "must be an ISO 8601 date and time with a zone")]
    public async Task A_time_its_offset_carries_past_the_calendar_is_a_400_saying_so(string time, string message)
    {
        var problem = await RefusedAsync(() => Admin.PostAsync(Existing + "/publish", Json.Body(new { publishedAt = time })), HttpStatusCode.BadRequest, "publishedAt");

        Assert.That(problem["errors"]!["publishedAt"]![0]!.GetValue<string>(), Does.Contain(message));
    }
}
