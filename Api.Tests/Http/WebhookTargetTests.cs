using System.Net;

namespace Cms.Api.Tests.Http;

/// <summary>Without the setting that tests and closed networks use, webhooks may not point inside the network.</summary>
public sealed class WebhookTargetTests : FreshCms
{
    [TestCase("http://127.0.0.1:8080/hook")]
    [TestCase("http://localhost/hook")]
    [TestCase("http://10.1.2.3/hook")]
    [TestCase("http://172.20.0.5/hook")]
    [TestCase("https://192.168.1.10/hook")]
    [TestCase("http://169.254.169.254/latest/meta-data/")]
    [TestCase("http://[::1]:9000/hook")]
    [TestCase("http://[fd00::7]/hook")]
    [TestCase("http://[::ffff:127.0.0.1]/hook")]
    [TestCase("http://0.0.0.0/hook")]
    [TestCase("http://[2002:7f00:1::]/hook")]
    [TestCase("http://[::127.0.0.1]/hook")]
    [TestCase("http://[64:ff9b:1::a00:1]/hook")]
    public async Task A_target_inside_the_network_is_refused_and_nothing_is_registered(string url)
    {
        using var response = await Admin.PostAsync("/api/v1/webhooks", Json.Body(new { url, events = new[] { "*" } }));
        var problem = await response.IsProblemAsync(HttpStatusCode.BadRequest, "url");
        Assert.That(problem.MessagesFor("url"), Has.Some.Contains("private"));
        Assert.That(Factory.Count("webhooks"), Is.Zero);
    }

    [Test]
    public async Task A_target_whose_host_is_longer_than_dns_allows_is_refused()
    {
        var url = $"https://{string.Concat(Enumerable.Repeat("redaction.", 26))}example/hook";

        using var response = await Admin.PostAsync("/api/v1/webhooks", Json.Body(new { url, events = new[] { "*" } }));

        var problem = await response.IsProblemAsync(HttpStatusCode.BadRequest, "url");
        Assert.That(problem.MessagesFor("url"), Has.Some.Contains("longer than 253 characters"));
        Assert.That(Factory.Count("webhooks"), Is.Zero);
    }
}

/// <summary>Events committed while no server delivers them wait in the outbox and go out once one runs.</summary>
public sealed class WebhookRestartTests
{
    [Test]
    public async Task An_event_committed_before_a_crash_is_delivered_after_the_restart()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var stopped = new Dictionary<string, string>(WebhookTests.Delivering) { ["Cms:Webhooks:Deliver"] = "false" };
        var first = new CmsFactory(settings: stopped) { KeepFolder = true };
        var folder = first.Folder;
        using (first)
        {
            using var admin = first.Admin();
            await admin.PostJsonAsync("/api/v1/webhooks", new { url = receiver.Url, events = new[] { "tag.created" } });
            await admin.PostJsonAsync("/api/v1/tags", new { name = "Avant la panne" });
            Assert.That(first.Count("outbox_events"), Is.EqualTo(1));
        }
        try
        {
            using var second = new CmsFactory(sharedDatabase: first.DatabasePath, settings: WebhookTests.Delivering);
            _ = second.Services;
            var delivered = await receiver.WaitForAsync(1);
            Assert.That(delivered.Select(d => d.Json["new"]!["slug"]!.GetValue<string>()), Is.EqualTo(new[] { "avant-la-panne" }));
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // As CmsFactory does: a file the stopped host's last writes leave behind is the temporary folder's to clear.
            }
        }
    }
}
