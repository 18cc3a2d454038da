using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Cms.Domain.Common;
using Cms.Domain.Webhooks;

namespace Cms.Infrastructure.Webhooks;

/// <summary>
/// Posts signed deliveries. Connections go only to public addresses (unless the settings allow private ones), checked when
/// the socket is opened; redirects are not followed; an answer other than 2xx is a failure.
/// </summary>
public sealed class WebhookSender : IDisposable
{
    private const int ResponseExcerpt = 500;
    private readonly HttpClient client;
    private readonly IClock clock;
    private readonly TimeSpan timeout;

    /// <summary>Makes the sender for these settings.</summary>
    public WebhookSender(WebhookSettings settings, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(settings);
        this.clock = clock;
        timeout = TimeSpan.FromSeconds(settings.TimeoutSeconds);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectTimeout = TimeSpan.FromSeconds(settings.TimeoutSeconds),
            ConnectCallback = (context, cancellationToken) => ConnectAsync(context, settings.AllowPrivateTargets, cancellationToken),
        };
        client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(settings.TimeoutSeconds) };
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Newsroom-CMS-Webhooks", "1"));
    }

    /// <summary>Sends one attempt and says how it went.</summary>
    public async Task<DeliveryAttempt> SendAsync(int number, string url, string secret, DueDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var at = clock.Now;
        var body = Encoding.UTF8.GetBytes(delivery.Payload);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add("X-Cms-Event", delivery.EventType);
        request.Headers.Add("X-Cms-Event-Id", delivery.EventId.ToString("D"));
        request.Headers.Add("X-Cms-Delivery", delivery.Id.ToString("D"));
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(secret, at, body));
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            // The start of the answer's body is read within what is left of the attempt's time.
            using var reading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            reading.CancelAfter(timeout - watch.Elapsed is { Ticks: > 0 } left ? left : TimeSpan.Zero);
            var (text, cut) = await ExcerptAsync(response, reading.Token, cancellationToken);
            return new DeliveryAttempt(number, at, (int)response.StatusCode, cut, text, (int)watch.ElapsedMilliseconds);
        }
        catch (HttpRequestException e)
        {
            return new DeliveryAttempt(number, at, null, e.InnerException is RefusedTarget ? WebhookTargets.PrivateRefusal : e.Message, null,
                (int)watch.ElapsedMilliseconds);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new DeliveryAttempt(number, at, null, "the receiver did not answer in time", null, (int)watch.ElapsedMilliseconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever else a connection does (a socket error the client does not wrap) fails this attempt, never the worker.
            return new DeliveryAttempt(number, at, null, e.Message, null, (int)watch.ElapsedMilliseconds);
        }
    }

    /// <inheritdoc />
    public void Dispose() => client.Dispose();

    // The start of the answer's body, and why it ended early when it did (the status received still counts).
    private static async Task<(string? Text, string? Cut)> ExcerptAsync(HttpResponseMessage response, CancellationToken reading,
        CancellationToken cancellationToken)
    {
        var buffer = new byte[ResponseExcerpt * 4];
        var read = 0;
        string? cut = null;
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(reading);
            while (read < buffer.Length && await stream.ReadAsync(buffer.AsMemory(read), reading) is > 0 and var count) read += count;
        }
        catch (IOException e)
        {
            cut = $"the answer's body ended early: {e.Message}";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            cut = "the answer's body did not arrive in time";
        }
        if (read == 0) return (null, cut);
        var text = Encoding.UTF8.GetString(buffer, 0, read);
        return (text.Length <= ResponseExcerpt ? text : text[..ResponseExcerpt], cut);
    }

    private static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, bool allowPrivate, CancellationToken cancellationToken)
    {
        var addresses = await WebhookTargets.ResolveAsync(context.DnsEndPoint.Host, cancellationToken)
            ?? throw new HttpRequestException($"The host '{context.DnsEndPoint.Host}' does not resolve.");
        var allowed = addresses.Where(address => allowPrivate || TargetAddress.IsPublic(address)).ToArray();
        if (allowed.Length == 0) throw new RefusedTarget();
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private sealed class RefusedTarget() : Exception("The target resolves only to addresses webhooks may not reach.");
}
