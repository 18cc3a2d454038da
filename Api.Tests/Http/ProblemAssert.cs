using System.Net;
using System.Text.Json.Nodes;

namespace Cms.Api.Tests.Http;

/// <summary>Checks that an answer is an RFC 9457 problem the way the API guide describes it.</summary>
public static class ProblemAssert
{
    private static readonly string[] Members = ["type", "title", "status", "detail", "code", "traceId"];

    /// <summary>
    /// Asserts the status, the <c>application/problem+json</c> media type, every standard member, and for a 400
    /// an <c>errors</c> map naming <paramref name="field"/> when one is given. Returns the problem for further checks.
    /// </summary>
    public static async Task<JsonObject> IsProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string? field = null,
        string? code = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {text}");
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), text);
        var problem = JsonNode.Parse(text)?.AsObject() ?? throw new AssertionException("The problem body is empty.");
        Assert.Multiple(() =>
        {
            foreach (var member in Members) Assert.That(problem[member], Is.Not.Null, $"The problem lacks '{member}': {text}");
            Assert.That(problem["status"]?.GetValue<int>(), Is.EqualTo((int)status), text);
            Assert.That(problem["type"]?.GetValue<string>(), Does.StartWith("https://"), text);
            Assert.That(problem["detail"]?.GetValue<string>(), Is.Not.Empty, text);
            Assert.That(problem["code"]?.GetValue<string>(), Is.Not.Empty, text);
            if (code is not null) Assert.That(problem["code"]?.GetValue<string>(), Is.EqualTo(code), text);
            if (status == HttpStatusCode.BadRequest) Assert.That(problem["errors"] as JsonObject, Is.Not.Null.And.Not.Empty, $"A 400 without an errors map: {text}");
            if (field is not null)
            {
                Assert.That(problem["errors"]?[field]?.AsArray(), Is.Not.Null.And.Not.Empty, $"The errors do not name '{field}': {text}");
            }
        });
        return problem;
    }

    /// <summary>The messages the problem gives for one field.</summary>
    public static IEnumerable<string> MessagesFor(this JsonObject problem, string field) =>
        problem["errors"]?[field]?.AsArray().Select(message => message!.GetValue<string>()) ?? [];
}
