using System.Net;

namespace Cms.Api.Tests.Http;

/// <summary>
/// The configured bootstrap key is an ordinary admin key: listed, and revocable like any other, but never while it is the
/// last admin key that works.
/// </summary>
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

    [Test]
    public async Task The_last_admin_key_that_works_cannot_be_revoked_and_expired_or_revoked_ones_do_not_count()
    {
        var bootstrap = (await Admin.GetJsonAsync("/api/v1/keys"))["items"]![0]!["id"]!.GetValue<string>();
        using var alone = await Admin.DeleteAsync($"/api/v1/keys/{bootstrap}");
        var expiring = await Factory.CreateKeyAsync("admin", expiresAt: Factory.Time.GetUtcNow().AddHours(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'",
            System.Globalization.CultureInfo.InvariantCulture));
        var revoked = await Factory.CreateKeyAsync("admin");
        using (await Admin.DeleteAsync($"/api/v1/keys/{revoked["id"]}")) { }
        Factory.Time.Advance(TimeSpan.FromHours(2));
        using var besideDeadKeys = await Admin.DeleteAsync($"/api/v1/keys/{bootstrap}");
        using var still = await Admin.GetAsync("/api/v1/keys");

        var other = await Factory.CreateKeyAsync("admin");
        using var besideAnother = await Admin.DeleteAsync($"/api/v1/keys/{bootstrap}");
        using var otherClient = Factory.Keyed(other["secret"]!.GetValue<string>());
        using var itself = await otherClient.DeleteAsync($"/api/v1/keys/{other["id"]}");
        using var expired = await otherClient.DeleteAsync($"/api/v1/keys/{expiring["id"]}");
        Assert.Multiple(async () =>
        {
            var problem = await alone.IsProblemAsync(HttpStatusCode.Conflict, code: "last-admin-key");
            Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("last admin key"));
            await besideDeadKeys.IsProblemAsync(HttpStatusCode.Conflict, code: "last-admin-key");
            Assert.That(still.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(besideAnother.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            await itself.IsProblemAsync(HttpStatusCode.Conflict, code: "last-admin-key");
            Assert.That(expired.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That((await otherClient.GetJsonAsync($"/api/v1/keys/{other["id"]}"))["revokedAt"], Is.Null);
        });
    }
}
