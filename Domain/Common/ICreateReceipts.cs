namespace Cms.Domain.Common;

/// <summary>
/// What an <c>Idempotency-Key</c> has done on a create: the first request claims the key with the hash of its body and, once
/// it has succeeded, keeps its answer; a retry with the same key and body gets that answer back and writes nothing.
/// </summary>
public interface ICreateReceipts
{
    /// <summary>
    /// Claims the key for this request, or says what holds it. A key claimed by a request that never finished, in a process
    /// that has since stopped, is taken over.
    /// </summary>
    Task<CreateReceipt> ClaimAsync(string key, string bodyHash, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Until disposed, every write this flow commits also marks the key as made, in its own transaction: a retry after the
    /// process stopped before the answer was kept is then told so instead of creating again.
    /// </summary>
    IDisposable MarkWrites(string key);

    /// <summary>Keeps the answer of the request that claimed the key.</summary>
    Task FinishAsync(string key, CreateAnswer answer, CancellationToken cancellationToken);

    /// <summary>Lets the key go, when its request was refused or failed, so a retry runs again; a key whose create was made stays.</summary>
    Task ReleaseAsync(string key, CancellationToken cancellationToken);
}

/// <summary>Where a key stands.</summary>
/// <param name="State">Claimed for this request, finished by an earlier one, busy with another still running, or made by one whose answer was lost.</param>
/// <param name="BodyHash">For a finished key, the hash of the body it was first used with.</param>
/// <param name="Answer">For a finished key, the answer kept.</param>
public sealed record CreateReceipt(ReceiptState State, string? BodyHash = null, CreateAnswer? Answer = null);

/// <summary>The answer a create gave, as it is given again.</summary>
/// <param name="Status">Its status code.</param>
/// <param name="Headers">The headers that describe what was created, by name.</param>
/// <param name="Body">Its body, byte for byte.</param>
public sealed record CreateAnswer(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body);
