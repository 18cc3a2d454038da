using System.Net;

namespace Cms.Api.Tests.Http;

/// <summary>The configured bootstrap key is an ordinary admin key: listed, and revocable like any other.</summary>
public sealed class BootstrapKeyTests : FreshCms
{
    [Test]
    public async Task Bootstrap_key_is_listed_as_an_ordinary_admin_key_and_can_be_revoked()
    {
        var keys = (await Admin.GetJsonAsync("/api/v1/keys"))["items"]!.AsArray();
        var bootstrap = keys.Single(k => k!["name"]!.GetValue<string>() == "bootstrap admin")!;
        Assert.That(bootstrap["role"]!.GetValue<string>(), Is.EqualTo("admin"));

        using var other = await Factory.ClientWithRoleAsync("admin");
        using var revoked = await other.DeleteAsync($"/api/v1/keys/{bootstrap["id"]}");
        Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        using var refused = await Admin.GetAsync("/api/v1/keys");
        await refused.IsProblemAsync(HttpStatusCode.Unauthorized, code: "unauthorized");
    }
}
