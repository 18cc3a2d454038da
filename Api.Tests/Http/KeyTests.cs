using System.Net;
using System.Text.Json.Nodes;

namespace Cms.Api.Tests.Http;

/// <summary>Writes need a valid key, sent as <c>Authorization: Bearer</c> or <c>X-Api-Key</c>; a missing and a wrong key get the same 401.</summary>
public sealed class KeyTests
{
    private const string WrongKey = "test-admin-key-0123456788";

    private static readonly object NewArticle = new { title = "T", body = "B", language = "fr" };

    public static IEnumerable<TestCaseData> Writes()
    {
        yield return new TestCaseData(HttpMethod.Post, "/api/v1/articles", "application/json").SetArgDisplayNames("create article");
        yield return new TestCaseData(HttpMethod.Put, "/api/v1/articles/existing", "application/json").SetArgDisplayNames("replace article");
        yield return new TestCaseData(HttpMethod.Patch, "/api/v1/articles/existing", "application/merge-patch+json").SetArgDisplayNames("patch article");
        yield return new TestCaseData(HttpMethod.Delete, "/api/v1/articles/existing", null).SetArgDisplayNames("delete article");
        yield return new TestCaseData(HttpMethod.Post, "/api/v1/articles/existing/publish", "application/json").SetArgDisplayNames("publish");
        yield return new TestCaseData(HttpMethod.Post, "/api/v1/articles/existing/unpublish", null).SetArgDisplayNames("unpublish");
        yield return new TestCaseData(HttpMethod.Post, "/api/v1/authors", "application/json").SetArgDisplayNames("create author");
        yield return new TestCaseData(HttpMethod.Delete, "/api/v1/authors/claire-dubois", null).SetArgDisplayNames("delete author");
        yield return new TestCaseData(HttpMethod.Put, "/api/v1/tags/economie", "application/json").SetArgDisplayNames("replace tag");
        yield return new TestCaseData(HttpMethod.Delete, "/api/v1/tags/economie", null).SetArgDisplayNames("delete tag");
    }

    [TestCaseSource(nameof(Writes))]
    public async Task Write_without_a_key_or_with_a_wrong_one_is_the_same_401_and_changes_nothing(HttpMethod method, string url, string? mediaType)
    {
        using var factory = new CmsFactory();
        await SeedAsync(factory);
        var rows = factory.CountAll();
        using var anonymous = factory.Anonymous();
        using var wrongBearer = Client(factory, "Authorization", $"Bearer {WrongKey}");
        using var wrongHeader = Client(factory, "X-Api-Key", WrongKey);
        using var emptyBearer = Client(factory, "Authorization", "Bearer ");

        var problems = new List<JsonObject>();
        foreach (var client in new[] { anonymous, wrongBearer, wrongHeader, emptyBearer })
        {
            using var request = new HttpRequestMessage(method, url);
            if (mediaType is not null) request.Content = Json.Body("""{"title":"T","body":"B","language":"fr","name":"N"}""", mediaType);
            using var response = await client.SendAsync(request);
            problems.Add(await response.IsProblemAsync(HttpStatusCode.Unauthorized, code: "unauthorized"));
        }

        Assert.Multiple(() =>
        {
            foreach (var problem in problems.Skip(1))
            {
                Assert.That(problem.Select(member => member.Key), Is.EquivalentTo(problems[0].Select(member => member.Key)));
                Assert.That(problem["detail"]!.GetValue<string>(), Is.EqualTo(problems[0]["detail"]!.GetValue<string>()));
                Assert.That(problem["type"]!.GetValue<string>(), Is.EqualTo(problems[0]["type"]!.GetValue<string>()));
            }
            Assert.That(factory.CountAll(), Is.EqualTo(rows));
        });
    }

    [Test]
    public async Task Wrong_key_is_a_401_even_on_a_route_open_to_the_public()
    {
        using var factory = new CmsFactory();
        using var wrong = Client(factory, "X-Api-Key", WrongKey);
        using var response = await wrong.GetAsync("/api/v1/articles");
        await response.IsProblemAsync(HttpStatusCode.Unauthorized, code: "unauthorized");
    }

    [Test]
    public async Task Right_key_in_X_Api_Key_creates_and_sees_drafts()
    {
        using var factory = new CmsFactory();
        using var client = Client(factory, "X-Api-Key", CmsFactory.AdminKey);
        using var created = await client.PostAsync("/api/v1/articles", Json.Body(NewArticle));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var list = await client.GetJsonAsync("/api/v1/articles");
        Assert.That(list["items"]!.AsArray().Select(item => item!["status"]!.GetValue<string>()), Is.EqualTo(new[] { "draft" }));
    }

    [Test]
    public async Task Right_key_as_a_bearer_token_is_accepted_whatever_the_scheme_case()
    {
        using var factory = new CmsFactory();
        using var client = Client(factory, "Authorization", $"bearer {CmsFactory.AdminKey}");
        using var created = await client.PostAsync("/api/v1/articles", Json.Body(NewArticle));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Key_of_another_scheme_is_not_taken_for_a_bearer_token()
    {
        using var factory = new CmsFactory();
        using var client = Client(factory, "Authorization", $"Basic {CmsFactory.AdminKey}");
        var rows = factory.CountAll();
        using var response = await client.PostAsync("/api/v1/articles", Json.Body(NewArticle));
        await response.IsProblemAsync(HttpStatusCode.Unauthorized, code: "unauthorized");
        Assert.That(factory.CountAll(), Is.EqualTo(rows));
    }

    [Test]
    public async Task Two_different_keys_are_a_401_whichever_is_stronger_and_the_same_key_twice_is_accepted()
    {
        using var factory = new CmsFactory();
        using var two = Client(factory, "X-Api-Key", CmsFactory.AdminKey);
        two.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", $"Bearer {WrongKey}");
        using var same = Client(factory, "X-Api-Key", CmsFactory.AdminKey);
        same.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", $"Bearer {CmsFactory.AdminKey}");
        var rows = factory.CountAll();

        using var refused = await two.PostAsync("/api/v1/articles", Json.Body(NewArticle));
        await refused.IsProblemAsync(HttpStatusCode.Unauthorized, code: "two-keys");
        Assert.That(factory.CountAll(), Is.EqualTo(rows));
        using var accepted = await same.PostAsync("/api/v1/articles", Json.Body(NewArticle));
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.Created), await accepted.Content.ReadAsStringAsync());
    }

    private static HttpClient Client(CmsFactory factory, string header, string value)
    {
        var client = factory.Anonymous();
        if (header == "Authorization") client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", value);
        else client.DefaultRequestHeaders.Add(header, value);
        return client;
    }

    private static async Task SeedAsync(CmsFactory factory)
    {
        using var admin = factory.Admin();
        await admin.PostJsonAsync("/api/v1/authors", new { name = "Claire Dubois" });
        await admin.PostJsonAsync("/api/v1/tags", new { name = "Économie" });
        await admin.PostJsonAsync("/api/v1/articles", new { title = "Existing", slug = "existing", body = "B", language = "fr" });
    }
}
