using System.Collections.Concurrent;

namespace Cms.Api.Hosting;

/// <summary>
/// Serves repeated anonymous reads from memory, from the second read of an address on. Only GETs without a key are kept, only public 200 answers, and only
/// the bytes and headers actually sent (with their ETag, so a kept answer also gives 304s). Any change to content
/// starts a new generation of <see cref="ContentChanges"/>, which leaves every kept answer behind before the change is
/// answered. A request with <c>Cache-Control: no-cache</c> is answered from storage and refreshes what is kept.
/// Identical requests that arrive while an answer is being made wait for it instead of making it again; a
/// <c>no-cache</c> request waits only for an answer begun after it arrived.
/// </summary>
public sealed class AnonymousReadCache(RequestDelegate next, KeptAnswers kept, ContentChanges changes)
{
    private readonly ConcurrentDictionary<string, Flight> flights = new(StringComparer.Ordinal);
    private long sequence;

    /// <summary>True for the paths whose answers depend only on stored content.</summary>
    public static bool Covers(PathString path) => path.StartsWithSegments("/api/v1");

    /// <summary>Answers from memory when it can; otherwise runs the rest of the pipeline and keeps what it answered.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) || !Covers(request.Path) || request.Headers.ContainsKey("Authorization")
            || request.Headers.ContainsKey("X-Api-Key") || PrivateAnswers.Apply(context) || BulkTransfer.Marks(context))
        {
            await next(context);
            return;
        }
        var address = string.Concat(request.Scheme, "://", request.Host.Value, request.PathBase.Value, request.Path.Value, request.QueryString.Value);
        var generation = changes.Generation;
        var fresh = request.Headers.CacheControl.ToString().Contains("no-cache", StringComparison.OrdinalIgnoreCase);
        if (!fresh && kept.Find(address, generation) is { } answer)
        {
            await answer.SendAsync(context);
            return;
        }
        var arrival = Interlocked.Increment(ref sequence);
        while (true)
        {
            var mine = new Flight(Interlocked.Increment(ref sequence), changes.Generation);
            var flight = flights.GetOrAdd(address, mine);
            if (ReferenceEquals(flight, mine))
            {
                await LeadAsync(context, address, mine);
                return;
            }
            // A fresh request shares only an answer begun after it arrived; any other, one begun before any later write.
            flight.Join();
            var shared = await flight.Answer.WaitAsync(context.RequestAborted);
            if (flight.Start > arrival || (!fresh && flight.Generation == generation))
            {
                if (shared is null) break;
                await shared.SendAsync(context);
                return;
            }
        }
        await AnswerAndKeepAsync(context, address, generation);
    }

    private async Task LeadAsync(HttpContext context, string address, Flight flight)
    {
        KeptAnswer? made = null;
        try
        {
            made = await AnswerAndKeepAsync(context, address, flight.Generation, flight);
        }
        finally
        {
            flights.TryRemove(KeyValuePair.Create(address, flight));
            flight.Complete(made);
        }
    }

    private async Task<KeptAnswer?> AnswerAndKeepAsync(HttpContext context, string address, long generation, Flight? flight = null)
    {
        // The answer is copied only when it may be kept (its address was asked for before) or requests wait for it: a read
        // of a random article or page, asked for once, is sent without a copy.
        var keep = false;
        var offer = new Offer(kept.Stamp(), () => (keep = kept.AskedBefore(address)) || flight?.Joined == true);
        context.Features.Set(offer);
        await next(context);
        if (offer.Answer is not { } made || context.Response.Headers.SetCookie.Count > 0) return null;
        // An answer computed while a write committed may show the old state: it is sent, and shared with the requests
        // that waited for it (they too came before the write was answered), but not kept.
        if (keep && generation == changes.Generation) kept.Keep(address, generation, made);
        return made;
    }

    /// <summary>Offers a public 200 answer, headers set and body complete, to be kept if the request may be.</summary>
    public static void Offer(HttpContext context, ReadOnlySpan<byte> body)
    {
        if (context.Features.Get<Offer>() is { } offer && offer.Wanted()) offer.Answer = KeptAnswer.Of(context.Response.Headers, body, offer.Started);
    }
}

/// <summary>The answer the rest of the pipeline offers to <see cref="AnonymousReadCache"/>, when it is wanted.</summary>
internal sealed class Offer(long started, Func<bool> wanted)
{
    public long Started { get; } = started;

    /// <summary>Whether the answer may be kept or shared; asked once, when the answer is complete.</summary>
    public Func<bool> Wanted { get; } = wanted;

    public KeptAnswer? Answer { get; set; }
}

/// <summary>An answer being made for one address: when it began, in which generation, and what it turned out to be.</summary>
internal sealed class Flight(long start, long generation)
{
    private readonly TaskCompletionSource<KeptAnswer?> answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int joined;

    public long Start { get; } = start;

    public long Generation { get; } = generation;

    /// <summary>The answer, or null when it may not be shared (not a public 200, or the request failed).</summary>
    public Task<KeptAnswer?> Answer => answer.Task;

    /// <summary>True once a request has begun waiting for the answer.</summary>
    public bool Joined => Volatile.Read(ref joined) > 0;

    /// <summary>Records that a request waits for the answer.</summary>
    public void Join() => Interlocked.Increment(ref joined);

    public void Complete(KeptAnswer? made) => answer.TrySetResult(made);
}

/// <summary>Counts changes to content: each one starts a new generation of the anonymous read cache.</summary>
public sealed class ContentChanges
{
    private long generation;

    /// <summary>Goes up by one with every change.</summary>
    public long Generation => Interlocked.Read(ref generation);

    /// <summary>Records that content changed: answers already being computed are not kept, kept ones are no longer served.</summary>
    public void Announce() => Interlocked.Increment(ref generation);
}

/// <summary>Announces every write that may have changed content, before its answer leaves (answers are buffered until then).</summary>
public sealed class WritesEmptyTheCache(RequestDelegate next, ContentChanges changes)
{
    /// <summary>Runs the write, then announces it unless it was refused.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        var method = context.Request.Method;
        var reading = HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);
        var refused = context.Response.StatusCode is >= 400 and < 500;
        if (!reading && !refused) changes.Announce();
    }
}
