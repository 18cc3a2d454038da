using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Cms.Api.Tests.Http;

/// <summary>
/// Requests whose framing only a real server parses (the test server takes bodies as streams): the built CMS is started on
/// Kestrel and sent raw bytes.
/// </summary>
public sealed class KestrelFramingTests
{
    private const string AdminKey = "cms_framingadminkey0123456789abcdef012345";

    private string folder = null!;
    private Process server = null!;
    private int port;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        folder = Directory.CreateTempSubdirectory("cms-kestrel-").FullName;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Cms.Api.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ConnectionStrings__Cms"] = $"Data Source={Path.Combine(folder, "cms.db")}";
        start.Environment["Cms__Auth__BootstrapAdminKey"] = AdminKey;
        start.Environment["Cms__Limits__BulkIdleSeconds"] = "6";
        server = Process.Start(start)!;
        _ = server.StandardOutput.ReadToEndAsync();
        _ = server.StandardError.ReadToEndAsync();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        for (var attempt = 0; attempt < 150; attempt++)
        {
            try
            {
                if ((await client.GetAsync("/health/ready")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(200);
        }
        Assert.Fail("The server did not start.");
    }

    [OneTimeTearDown]
    public void StopServer()
    {
        server.Kill(entireProcessTree: true);
        server.WaitForExit();
        server.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [TestCase("POST /api/v1/articles", "application/json", "400")]
    [TestCase("POST /api/v1/articles/nowhere/publish", "application/json", "400")]
    [TestCase("POST /api/v1/import", "application/x-ndjson", "400")]
    [TestCase("GET /health/live", "application/json", "200")]
    public async Task A_chunk_size_too_large_for_a_number_is_a_400_where_a_body_is_read_and_ignored_where_none_is(string request, string mediaType,
        string status)
    {
        var answer = await SendAsync($"{request} HTTP/1.1\r\nHost: cms\r\nAuthorization: Bearer {AdminKey}\r\n" +
            $"Content-Type: {mediaType}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nffffffff\r\nabc");

        Assert.That(answer, Does.StartWith($"HTTP/1.1 {status}"));
    }

    [Test]
    public async Task A_body_that_stops_arriving_is_a_408_request_timeout_whether_it_is_read_by_binding_or_streamed()
    {
        var head = $"Host: cms\r\nAuthorization: Bearer {AdminKey}\r\nConnection: close\r\n";
        var answers = await Task.WhenAll(
            SendAsync($"POST /api/v1/articles HTTP/1.1\r\n{head}Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{{\"tit"),
            SendAsync($"POST /api/v1/import HTTP/1.1\r\n{head}Content-Type: application/x-ndjson\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{{\"typ"));

        Assert.Multiple(() =>
        {
            foreach (var answer in answers)
            {
                Assert.That(answer, Does.StartWith("HTTP/1.1 408"));
                Assert.That(answer, Does.Contain("\"code\":\"request-timeout\"").And.Contain("application/problem+json"));
            }
        });
    }

    [Test]
    public async Task An_empty_If_Match_names_no_tag_and_is_a_412_that_deletes_nothing()
    {
        const string body = """{"title":"Kept","body":"B","language":"en"}""";
        var head = $"Host: cms\r\nAuthorization: Bearer {AdminKey}\r\nConnection: close\r\n";
        var created = await SendAsync($"POST /api/v1/articles HTTP/1.1\r\n{head}Content-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n{body}");
        var location = created.Split("\r\n").Single(line => line.StartsWith("Location: ", StringComparison.OrdinalIgnoreCase))["Location: ".Length..];

        var refused = await SendAsync($"DELETE {location} HTTP/1.1\r\n{head}If-Match: \r\n\r\n");
        var kept = await SendAsync($"GET {location} HTTP/1.1\r\n{head}\r\n");

        Assert.Multiple(() =>
        {
            Assert.That(refused, Does.StartWith("HTTP/1.1 412").And.Contain("\"code\":\"precondition-failed\""));
            Assert.That(kept, Does.StartWith("HTTP/1.1 200"));
        });
    }

    [Test]
    public async Task An_import_whose_body_stops_arriving_after_its_answer_began_ends_with_a_summary_saying_so()
    {
        var lines = string.Concat(Enumerable.Range(1, 250).Select(n => $"{{\"type\":\"tag\",\"slug\":\"t{n}\",\"name\":\"T {n}\"}}\n"));
        var answer = await SendAsync($"POST /api/v1/import?batchSize=100 HTTP/1.1\r\nHost: cms\r\nAuthorization: Bearer {AdminKey}\r\n" +
            $"Content-Type: application/x-ndjson\r\nContent-Length: {Encoding.UTF8.GetByteCount(lines) + 1000}\r\nConnection: close\r\n\r\n{lines}");

        Assert.That(answer, Does.StartWith("HTTP/1.1 200"));
        Assert.That(answer, Does.Contain("\"summary\"").And.Contain("brought nothing for 6 s, so the import stopped"));
    }

    private async Task<string> SendAsync(string request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await reader.ReadToEndAsync(timeout.Token);
    }
}
