using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cms.Api.Tests.Http;

/// <summary>A real HTTP server on 127.0.0.1 that records what webhooks send it, and can fail the first requests on purpose.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<Received> received = new();
    private int failuresLeft;

    private WebhookReceiver(WebApplication app) => this.app = app;

    public string Url { get; private set; } = "";

    public IReadOnlyList<Received> Requests => received.ToList();

    public static async Task<WebhookReceiver> StartAsync(int failFirst = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app) { failuresLeft = failFirst };
        app.MapPost("/hooks/{**rest}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            receiver.received.Enqueue(new Received(headers, body.ToArray()));
            return Interlocked.Decrement(ref receiver.failuresLeft) >= 0
                ? Results.Text("receiver down for maintenance", statusCode: 503)
                : Results.Text("thanks");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = $"{address}/hooks/newsroom";
        return receiver;
    }

    /// <summary>Waits (up to a bound) until at least <paramref name="count"/> requests matching the filter arrived.</summary>
    public async Task<IReadOnlyList<Received>> WaitForAsync(int count, Func<Received, bool>? filter = null)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var matching = Requests.Where(r => filter?.Invoke(r) ?? true).ToList();
            if (matching.Count >= count || DateTime.UtcNow > until) return matching;
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    public sealed record Received(IReadOnlyDictionary<string, string> Headers, byte[] Body)
    {
        public string Event => Headers["X-Cms-Event"];

        public System.Text.Json.Nodes.JsonNode Json => System.Text.Json.Nodes.JsonNode.Parse(Body)!;
    }
}
