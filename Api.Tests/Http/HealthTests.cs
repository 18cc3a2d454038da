using System.Net;

namespace Cms.Api.Tests.Http;

/// <summary>Orchestrators can probe the process and its database; people can read the API's documentation.</summary>
public sealed class HealthTests
{
    [TestCase("/health/live")]
    [TestCase("/health/ready")]
    public async Task Health_probe_answers_200_healthy_without_a_key(string url)
    {
        using var factory = new CmsFactory();
        using var client = factory.Anonymous();
        var answer = await client.GetJsonAsync(url);
        Assert.That(answer["status"]!.GetValue<string>(), Is.EqualTo("healthy"));
    }

    [TestCase("/swagger/index.html", "text/html")]
    [TestCase("/swagger/v1/swagger.yaml", null)]
    [TestCase("/swagger/v1/swagger.json", "application/json")]
    public async Task Api_documentation_is_served(string url, string? mediaType)
    {
        using var factory = new CmsFactory();
        using var client = factory.Anonymous();
        using var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(text, Does.Contain("Newsroom CMS API"));
            if (mediaType is not null) Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(mediaType));
        });
    }

    [Test]
    public async Task Root_redirects_to_the_documentation()
    {
        using var factory = new CmsFactory();
        using var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync("/");
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(response.Headers.Location?.ToString(), Is.EqualTo("/swagger"));
        });
    }

    [TestCase("GET", "/api/v1/nothing-here", HttpStatusCode.NotFound, "not-found")]
    [TestCase("DELETE", "/api/v1/articles", HttpStatusCode.MethodNotAllowed, "method-not-allowed")]
    public async Task Unknown_route_or_method_is_a_problem_with_a_code(string method, string url, HttpStatusCode status, string code)
    {
        using var factory = new CmsFactory();
        using var client = factory.Admin();
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
        await response.IsProblemAsync(status, code: code);
    }
}
