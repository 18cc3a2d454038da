using System.Collections.Concurrent;
using Microsoft.Extensions.Primitives;

namespace Cms.Api.Hosting;

/// <summary>
/// The anonymous answers kept in memory, by address, for one content generation at a time. Answers sit on two
/// shelves of half the allowed memory each: new ones go on the front shelf; when it is full it becomes the back
/// shelf and the old back shelf is dropped whole. An answer found on the back shelf is put back on the front, so
/// what is read often stays while a stream of one-off reads passes through. A new generation drops both shelves.
/// An answer is kept only from the second time its address is asked for: a stream of addresses asked for once (the
/// archive crawled, old articles opened one by one) then costs no copies and pushes nothing out.
/// </summary>
public sealed class KeptAnswers(CachingSettings settings, TimeProvider time)
{
    // The addresses asked for lately, one hash per slot; a newer address in the same slot takes its place.
    private readonly int[] asked = new int[1 << 16];

    private readonly long shelfBytes = settings.OutputCacheMegabytes * 1024L * 1024L / 2;
    private readonly TimeSpan lifetime = TimeSpan.FromSeconds(settings.OutputCacheSeconds);
    private Shelves shelves = new(0, new Shelf(), new Shelf());

    /// <summary>Now, as the timestamp a kept answer carries.</summary>
    internal long Stamp() => time.GetUtcNow().UtcTicks;

    /// <summary>The answer kept for this address in this generation, if it has not outlived its time.</summary>
    internal KeptAnswer? Find(string address, long generation)
    {
        var now = Volatile.Read(ref shelves);
        if (now.Generation != generation) return null;
        if (now.Front.Answers.TryGetValue(address, out var answer))
        {
            return Fresh(answer) ? answer : null;
        }
        if (!now.Back.Answers.TryGetValue(address, out answer) || !Fresh(answer)) return null;
        Keep(address, generation, answer);
        return answer;
    }

    /// <summary>Keeps an answer made in this generation, unless a newer one has begun or it is too large to keep.</summary>
    internal void Keep(string address, long generation, KeptAnswer answer)
    {
        if (answer.Size > shelfBytes / 16) return;
        var now = Volatile.Read(ref shelves);
        if (now.Generation > generation) return;
        if (now.Generation < generation)
        {
            var fresh = new Shelves(generation, new Shelf(), new Shelf());
            now = Interlocked.CompareExchange(ref shelves, fresh, now) == now ? fresh : Volatile.Read(ref shelves);
            if (now.Generation != generation) return;
        }
        if (now.Front.Add(address, answer) > shelfBytes)
        {
            Interlocked.CompareExchange(ref shelves, now with { Front = new Shelf(), Back = now.Front }, now);
        }
    }

    /// <summary>True when the address was asked for lately; otherwise remembers that it now was.</summary>
    internal bool AskedBefore(string address)
    {
        var hash = StringComparer.Ordinal.GetHashCode(address) | 1;
        ref var slot = ref asked[hash & (asked.Length - 1)];
        if (Volatile.Read(ref slot) == hash) return true;
        Volatile.Write(ref slot, hash);
        return false;
    }

    private bool Fresh(KeptAnswer answer) => Stamp() - answer.KeptAt < lifetime.Ticks;

    private sealed record Shelves(long Generation, Shelf Front, Shelf Back);

    private sealed class Shelf
    {
        private long bytes;

        public ConcurrentDictionary<string, KeptAnswer> Answers { get; } = new(StringComparer.Ordinal);

        /// <summary>Puts the answer on the shelf and says how many bytes the shelf now holds.</summary>
        public long Add(string address, KeptAnswer answer)
        {
            Answers[address] = answer;
            return Interlocked.Add(ref bytes, answer.Size + address.Length * 2);
        }
    }
}

/// <summary>A 200 answer as it was sent: its body and headers, and when it was kept.</summary>
internal sealed class KeptAnswer
{
    private static readonly HashSet<string> Unkept = new(StringComparer.OrdinalIgnoreCase) { "Content-Length", "Date", "Server", "Transfer-Encoding", "Set-Cookie" };

    private readonly byte[] body;
    private readonly KeyValuePair<string, StringValues>[] headers;
    private readonly string etag;

    private KeptAnswer(byte[] body, KeyValuePair<string, StringValues>[] headers, string etag, long keptAt)
    {
        this.body = body;
        this.headers = headers;
        this.etag = etag;
        KeptAt = keptAt;
        Size = body.Length + 256 + headers.Sum(header => (header.Key.Length + header.Value.ToString().Length) * 2);
    }

    /// <summary>When its request began, in UTC ticks of the host's <see cref="TimeProvider"/>.</summary>
    public long KeptAt { get; }

    /// <summary>About how much memory it takes.</summary>
    public int Size { get; }

    public static KeptAnswer Of(IHeaderDictionary sent, ReadOnlySpan<byte> body, long keptAt) =>
        new(body.ToArray(), sent.Where(header => !Unkept.Contains(header.Key)).ToArray(), sent.ETag.ToString(), keptAt);

    /// <summary>Sends it again: a 304 when the request already holds its ETag.</summary>
    public Task SendAsync(HttpContext context)
    {
        var response = context.Response;
        foreach (var (name, value) in headers) response.Headers[name] = value;
        if (HttpCaching.Matches(context.Request.Headers.IfNoneMatch.ToString(), etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.Headers.ContentType = default;
            return Task.CompletedTask;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }
}
