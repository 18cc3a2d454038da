namespace Cms.Domain.Common;

/// <summary>
/// What a write asks of the record it changes (HTTP <c>If-Match</c>): nothing when the caller gave no condition, otherwise
/// that the record as stored now is one the condition names.
/// </summary>
public sealed class Precondition
{
    private const int Attempts = 8;

    // Records are spread over a fixed set of turns: two records sharing one only wait for each other.
    private static readonly SemaphoreSlim[] Turns = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    private readonly Func<string, int, bool>? admits;

    /// <summary>A condition that admits the record <c>(resource, version)</c> when the function says so.</summary>
    public Precondition(Func<string, int, bool> admits) => this.admits = admits;

    private Precondition() { }

    /// <summary>No condition: the write applies to whatever version is stored when it runs.</summary>
    public static readonly Precondition None = new();

    /// <summary>True when the record named <paramref name="resource"/>, stored at <paramref name="version"/>, may be changed.</summary>
    public bool Admits(string resource, int version) => admits?.Invoke(resource, version) ?? true;

    /// <summary>
    /// Runs a write that reads the record named <paramref name="record"/> and stores it over the version it read. Writes naming
    /// the same record on this instance take turns, so each reads what the one before it stored. When another write still got in
    /// between (on another instance, or naming the record otherwise) and the caller gave no condition, it runs again on what is
    /// stored now, so the last writer wins; with a condition, the other write won and this one is refused as stale.
    /// </summary>
    public async Task<Outcome<T>> RunAsync<T>(string record, Func<Task<Outcome<T>>> write, CancellationToken cancellationToken)
    {
        var turn = Turns[(uint)StringComparer.OrdinalIgnoreCase.GetHashCode(record) % (uint)Turns.Length];
        for (var attempt = 1; ; attempt++)
        {
            await turn.WaitAsync(cancellationToken);
            Outcome<T> outcome;
            try
            {
                outcome = await write();
            }
            finally
            {
                turn.Release();
            }
            if (admits is not null || outcome.Failure?.Kind != FailureKind.Stale || attempt == Attempts) return outcome;
        }
    }

    /// <summary>Runs a write that answers only its refusal, as <see cref="RunAsync{T}"/> does.</summary>
    public async Task<Failure?> RunAsync(string record, Func<Task<Failure?>> write, CancellationToken cancellationToken) =>
        (await RunAsync<bool>(record, async () => await write() is { } failure ? failure : true, cancellationToken)).Failure;
}
