using System.Net;

namespace Cms.Api.Tests.Http;

/// <summary>Authors and tags read their input as strictly as articles: a rejected write names the field and changes nothing.</summary>
public sealed class ListingBadInputTests : SeededNewsroom
{
    [TestCase("""{"name":"A","colour":"red"}""", "colour")]
    [TestCase("""{"name":"A","social":{"myspace":"@a"}}""", "social.myspace")]
    [TestCase("""{"name":"A","id":"0190a6f1-5c3b-7d2a-9f10-4b8e2c7d1a55"}""", "id")]
    [TestCase("""{"name":"A","createdAt":"2024-01-01T00:00:00Z"}""", "createdAt")]
    [TestCase("""{"name":"A","name":"B"}""", "name")]
    [TestCase("""{"name":5}""", "name")]
    [TestCase("""{"name":null}""", "name")]
    [TestCase("""{"name":"A","bio":"x\u0000y"}""", "bio")]
    [TestCase("""{"bio":"No name"}""", "name")]
    [TestCase("""{"name":"   "}""", "name")]
    [TestCase("""{"name":"A\nB"}""", "name")]
    [TestCase("""{"name":"A","slug":"Claire"}""", "slug")]
    [TestCase("""{"name":"A","slug":"0190a6f1-5c3b-7d2a-9f10-4b8e2c7d1a55"}""", "slug")]
    [TestCase("""{"name":"A","avatarUrl":"javascript:alert(1)"}""", "avatarUrl")]
    [TestCase("""{"name":"A","website":"/about"}""", "website")]
    [TestCase("""{"name":"A","email":"not an address"}""", "email")]
    [TestCase("""{"name":"A","social":{"x":"@a\u0000"}}""", "social.x")]
    [TestCase("""{"name":"A",""", "$")]
    public async Task Author_create_with_bad_input_is_a_400_naming_the_field_and_writes_nothing(string json, string field) =>
        await RefusedAsync(() => Admin.PostAsync("/api/v1/authors", Json.Body(json)), HttpStatusCode.BadRequest, field);

    [TestCase("""{"name":"T","colour":"red"}""", "colour")]
    [TestCase("""{"name":"T","updatedAt":"2024-01-01T00:00:00Z"}""", "updatedAt")]
    [TestCase("""{"name":"T","name":"U"}""", "name")]
    [TestCase("""{"name":["T"]}""", "name")]
    [TestCase("""{"name":"T\u0000"}""", "name")]
    [TestCase("""{"description":"No name"}""", "name")]
    [TestCase("""{"name":""}""", "name")]
    [TestCase("""{"name":"T","slug":"Économie"}""", "slug")]
    [TestCase("""{"name":"T","visibility":"secret"}""", "visibility")]
    [TestCase("""{"name":"T","visibility":1}""", "visibility")]
    [TestCase("""[]""", "$")]
    public async Task Tag_create_with_bad_input_is_a_400_naming_the_field_and_writes_nothing(string json, string field) =>
        await RefusedAsync(() => Admin.PostAsync("/api/v1/tags", Json.Body(json)), HttpStatusCode.BadRequest, field);

    [TestCase("/api/v1/authors", """{"name":"Other","slug":"claire-dubois"}""")]
    [TestCase("/api/v1/tags", """{"name":"Other","slug":"economie"}""")]
    public async Task Taken_slug_is_a_409_and_writes_nothing(string url, string json) =>
        await RefusedAsync(() => Admin.PostAsync(url, Json.Body(json)), HttpStatusCode.Conflict, code: "slug-taken");

    [TestCase(Author, """{"name":"Claire","colour":"red"}""", "colour")]
    [TestCase(Author, """{"bio":"No name"}""", "name")]
    [TestCase(Author, """{"name":"Claire","email":"nope"}""", "email")]
    [TestCase(Tag, """{"name":"Économie","visibility":"hidden"}""", "visibility")]
    [TestCase(Tag, """{"name":" "}""", "name")]
    public async Task Replace_with_bad_input_is_a_400_naming_the_field_and_changes_nothing(string url, string json, string field) =>
        await RefusedAsync(() => Admin.PutAsync(url, Json.Body(json)), HttpStatusCode.BadRequest, field);

    [TestCase(Author, """{"colour":"red"}""", "colour")]
    [TestCase(Author, """{"email":"nope"}""", "email")]
    [TestCase(Author, """{"name":null}""", "name")]
    [TestCase(Author, """{"website":"javascript:alert(1)"}""", "website")]
    [TestCase(Author, """{"name":"A","name":"B"}""", "name")]
    [TestCase(Author, """{"createdAt":"2024-01-01T00:00:00Z"}""", "createdAt")]
    [TestCase(Tag, """{"visibility":"secret"}""", "visibility")]
    [TestCase(Tag, """{"slug":"UPPER"}""", "slug")]
    [TestCase(Tag, """{"id":"0190a6f1-5c3b-7d2a-9f10-4b8e2c7d1a55"}""", "id")]
    public async Task Merge_patch_with_bad_input_is_a_400_naming_the_field_and_changes_nothing(string url, string json, string field) =>
        await RefusedAsync(() => Admin.PatchMergeAsync(url, json), HttpStatusCode.BadRequest, field);

    [Test]
    public async Task Replace_or_patch_to_a_slug_another_record_has_is_a_409_and_changes_nothing()
    {
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Sport" });
        await Admin.PostJsonAsync("/api/v1/authors", new { name = "Oliver Grant" });
        await RefusedAsync(() => Admin.PutAsync("/api/v1/tags/sport", Json.Body("""{"name":"Sport","slug":"economie"}""")), HttpStatusCode.Conflict, code: "slug-taken");
        await RefusedAsync(() => Admin.PatchMergeAsync("/api/v1/authors/oliver-grant", """{"slug":"claire-dubois"}"""), HttpStatusCode.Conflict, code: "slug-taken");
    }

    [TestCase(Author)]
    [TestCase(Tag)]
    public async Task Patch_sent_as_application_json_is_a_415_and_changes_nothing(string url) =>
        await RefusedAsync(() => Admin.PatchAsync(url, Json.Body("""{"name":"Changed"}""")), HttpStatusCode.UnsupportedMediaType, code: "unsupported-media-type");

    [TestCase("/api/v1/authors")]
    [TestCase("/api/v1/tags")]
    public async Task Body_that_is_not_json_is_a_415_and_writes_nothing(string url) =>
        await RefusedAsync(() => Admin.PostAsync(url, Json.Body("""{"name":"N"}""", "text/plain")), HttpStatusCode.UnsupportedMediaType,
            code: "unsupported-media-type");

    [Test]
    public async Task Body_over_the_size_limit_is_a_413_and_writes_nothing()
    {
        var json = $$"""{"name":"N","bio":"{{new string('b', 4 * 1024 * 1024)}}"}""";
        await RefusedAsync(() => Admin.PostAsync("/api/v1/authors", Json.Body(json)), HttpStatusCode.RequestEntityTooLarge, code: "body-too-large");
    }
}
