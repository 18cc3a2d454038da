using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Cms.Api.Tests.Http;

/// <summary>
/// One app per fixture with an author, a tag and an article in it, and the check every refused write must pass:
/// the problem answer, no row more or less, no stored record changed.
/// </summary>
public abstract class SeededNewsroom
{
    protected const string Articles = "/api/v1/articles";
    protected const string Existing = "/api/v1/articles/existing";
    protected const string Author = "/api/v1/authors/claire-dubois";
    protected const string Tag = "/api/v1/tags/economie";

    protected CmsFactory Factory { get; private set; } = null!;

    protected HttpClient Admin { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartNewsroomAsync()
    {
        Factory = new CmsFactory();
        Admin = Factory.Admin();
        await Admin.PostJsonAsync("/api/v1/authors", new { name = "Claire Dubois", email = "claire@newsroom.example" });
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Économie" });
        await Admin.PostJsonAsync(Articles, new
        {
            title = "Existing", slug = "existing", body = "Text.", language = "fr", authors = new[] { "claire-dubois" }, tags = new[] { "economie" },
        });
    }

    [OneTimeTearDown]
    public void StopNewsroom()
    {
        Admin.Dispose();
        Factory.Dispose();
    }

    /// <summary>Sends a write that must fail, and proves it wrote no row and changed no stored record.</summary>
    protected async Task<JsonObject> RefusedAsync(Func<Task<HttpResponseMessage>> send, HttpStatusCode status, string? field = null, string? code = null)
    {
        var rows = Factory.CountAll();
        var stored = await StoredStateAsync();
        using var response = await send();
        var problem = await response.IsProblemAsync(status, field, code);
        var storedAfter = await StoredStateAsync();
        Assert.Multiple(() =>
        {
            Assert.That(Factory.CountAll(), Is.EqualTo(rows), "The refused write changed the number of rows.");
            Assert.That(storedAfter, Is.EqualTo(stored), "The refused write changed a stored record.");
        });
        return problem;
    }

    private async Task<string> StoredStateAsync()
    {
        var state = new StringBuilder();
        foreach (var url in new[] { Existing, Author, Tag, Articles + "?limit=100", "/api/v1/authors?limit=100", "/api/v1/tags?limit=100" })
            state.Append(await Admin.GetStringAsync(url)).Append('\n');
        return state.ToString();
    }
}
