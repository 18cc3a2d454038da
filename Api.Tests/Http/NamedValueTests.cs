using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cms.Api.Tests.Http;

/// <summary>
/// A value taken from a list (a role, a feed content, a tag visibility, a share network) is read only as the API spells it,
/// lowercase, and a refusal names the values allowed; refusals name what is missing in plain words.
/// </summary>
public sealed class NamedValueTests : SharedCms
{
    protected override async Task SeedAsync() => await Admin.PostJsonAsync("/api/v1/authors", new { name = "Claire Dubois" });

    [TestCase("/api/v1/keys", "role", "superadmin", "must be one of contributor, author, editor, admin")]
    [TestCase("/api/v1/tags", "visibility", "private", "must be one of public, internal")]
    [TestCase("/api/v1/settings", "feedContent", "none", "must be one of excerpt, full")]
    public async Task Value_outside_its_list_is_a_400_naming_the_values_allowed(string route, string field, string value, string message)
    {
        using var response = await SendAsync(route, field, JsonValue.Create(value));
        var problem = await response.IsProblemAsync(HttpStatusCode.BadRequest, field);
        Assert.That(problem.MessagesFor(field), Is.EqualTo(new[] { message }));
    }

    [TestCase("/api/v1/keys", "role", "ADMIN")]
    [TestCase("/api/v1/keys", "role", "Editor")]
    [TestCase("/api/v1/tags", "visibility", "Internal")]
    [TestCase("/api/v1/settings", "feedContent", "FULL")]
    public async Task Value_from_a_list_in_another_case_is_refused_as_share_networks_are(string route, string field, string value)
    {
        using var response = await SendAsync(route, field, JsonValue.Create(value));
        using var network = await SendAsync("/api/v1/settings", "shareNetworks", new JsonArray("FACEBOOK"));
        Assert.Multiple(async () =>
        {
            await response.IsProblemAsync(HttpStatusCode.BadRequest, field);
            await network.IsProblemAsync(HttpStatusCode.BadRequest, "shareNetworks[0]");
        });
    }

    [Test]
    public async Task Value_from_a_list_as_the_api_spells_it_is_taken()
    {
        using var key = await SendAsync("/api/v1/keys", "role", JsonValue.Create("editor"));
        using var tag = await SendAsync("/api/v1/tags", "visibility", JsonValue.Create("internal"));
        using var settings = await SendAsync("/api/v1/settings", "feedContent", JsonValue.Create("full"));
        var tagAnswer = await tag.ReadAsync();
        var settingsAnswer = await settings.ReadAsync();
        Assert.Multiple(() =>
        {
            Assert.That(key.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(tagAnswer["visibility"]!.GetValue<string>(), Is.EqualTo("internal"));
            Assert.That(settingsAnswer["feedContent"]!.GetValue<string>(), Is.EqualTo("full"));
        });
    }

    [TestCase("author", "is required for an author key")]
    [TestCase("contributor", "is required for a contributor key")]
    public async Task Key_acting_as_an_author_without_one_names_its_role_with_the_right_article(string role, string message)
    {
        using var response = await Admin.PostAsync("/api/v1/keys", Json.Body(new { name = "K", role }));
        var problem = await response.IsProblemAsync(HttpStatusCode.BadRequest, "author");
        Assert.That(problem.MessagesFor("author"), Is.EqualTo(new[] { message }));
    }

    [Test]
    public async Task Replaying_a_delivery_of_an_unknown_webhook_names_the_webhook()
    {
        var webhook = Guid.NewGuid();
        using var response = await Admin.PostAsync($"/api/v1/webhooks/{webhook}/deliveries/{Guid.NewGuid()}/replay", null);
        var problem = await response.IsProblemAsync(HttpStatusCode.NotFound, code: "webhook-not-found");
        Assert.That(problem["detail"]!.GetValue<string>(), Is.EqualTo($"No webhook has the id '{webhook}'."));
    }

    [TestCase("null")]
    [TestCase("")]
    public async Task Body_that_is_null_or_empty_is_refused_in_plain_words(string body)
    {
        using var response = await Admin.PostAsync("/api/v1/tags", Json.Body(body));
        var problem = await response.IsProblemAsync(HttpStatusCode.BadRequest, "$");
        Assert.Multiple(() =>
        {
            Assert.That(problem.MessagesFor("$"), Is.EqualTo(new[] { "must be a JSON object" }));
            Assert.That(problem["detail"]!.GetValue<string>(), Is.EqualTo("The request body must be a JSON object."));
        });
    }

    private Task<HttpResponseMessage> SendAsync(string route, string field, JsonNode value)
    {
        var body = route switch
        {
            "/api/v1/keys" => new JsonObject { ["name"] = "K", ["role"] = "editor" },
            "/api/v1/tags" => new JsonObject { ["name"] = $"Tag {Guid.NewGuid():N}" },
            _ => JsonSerializer.SerializeToNode(SettingsTests.Valid(), Json.Options)!.AsObject(),
        };
        body[field] = value;
        var content = Json.Body(body.ToJsonString());
        return route == "/api/v1/settings" ? Admin.PutAsync(route, content) : Admin.PostAsync(route, content);
    }
}
