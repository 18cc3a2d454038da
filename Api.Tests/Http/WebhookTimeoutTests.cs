using System.Net;
using System.Net.Sockets;

namespace Cms.Api.Tests.Http;

/// <summary>An attempt lasts at most the webhook timeout, reading the start of the answer included.</summary>
public sealed class WebhookTimeoutTests : FreshCms
{
    protected override IReadOnlyDictionary<string, string> CmsSettings => new Dictionary<string, string>(WebhookTests.Delivering)
    {
        ["Cms:Webhooks:TimeoutSeconds"] = "1",
    };

    [Test]
    public async Task A_receiver_that_trickles_its_answer_is_cut_at_the_timeout_keeping_its_status_and_is_sent_once()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var requests = 0;
        using var stop = new CancellationTokenSource();
        var trickling = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var connection = await listener.AcceptTcpClientAsync(stop.Token);
                Interlocked.Increment(ref requests);
                var stream = connection.GetStream();
                _ = await stream.ReadAsync(new byte[65536], stop.Token);
                await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n"u8.ToArray(), stop.Token);
                for (var i = 0; i < 150 && !stop.IsCancellationRequested; i++)
                {
                    await stream.WriteAsync("."u8.ToArray(), stop.Token);
                    await Task.Delay(200, stop.Token);
                }
            }
        });
        var url = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/hooks";
        var webhook = (await Admin.PostJsonAsync("/api/v1/webhooks", new { url, events = new[] { "tag.created" } }))["id"]!.GetValue<string>();
        await Admin.PostJsonAsync("/api/v1/tags", new { name = "Climat" });

        var delivery = await WebhookTests.WaitForDeliveryAsync(Admin, webhook, d => d["state"]!.GetValue<string>() != "pending");
        var attempt = delivery["attempts"]![0]!;
        await stop.CancelAsync();
        Assert.Multiple(() =>
        {
            Assert.That(delivery["state"]!.GetValue<string>(), Is.EqualTo("delivered"));
            Assert.That(delivery["attempts"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(attempt["statusCode"]!.GetValue<int>(), Is.EqualTo(200));
            Assert.That(attempt["error"]!.GetValue<string>(), Is.EqualTo("the answer's body did not arrive in time"));
            Assert.That(attempt["durationMs"]!.GetValue<int>(), Is.LessThan(15_000), "the trickle lasts 30 s");
            Assert.That(requests, Is.EqualTo(1));
        });
        await trickling.ContinueWith(_ => { }, TaskScheduler.Default);
    }
}
