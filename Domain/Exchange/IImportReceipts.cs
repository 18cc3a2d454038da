using Cms.Domain.Common;

namespace Cms.Domain.Exchange;

/// <summary>
/// What an <c>Idempotency-Key</c> has done: a key is claimed by the import that first uses it, which keeps its answer and,
/// once done, the hash of its body; a retry with the same key and body gets that answer back and writes nothing.
/// </summary>
public interface IImportReceipts
{
    /// <summary>Claims the key for a new import, or says what holds it. A key held by a process that has since stopped is taken over.</summary>
    Task<ReceiptClaim> ClaimAsync(string key, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Keeps the next part of the answer.</summary>
    Task KeepAsync(string key, int part, string text, CancellationToken cancellationToken);

    /// <summary>Marks the import done with the hash of its whole body.</summary>
    Task FinishAsync(string key, string bodyHash, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Lets the key go, when the import did not finish, so a retry runs it again.</summary>
    Task ReleaseAsync(string key, CancellationToken cancellationToken);

    /// <summary>The answer kept for a finished key, part by part.</summary>
    IAsyncEnumerable<string> AnswerAsync(string key, CancellationToken cancellationToken);
}

/// <summary>Where a key stands.</summary>
/// <param name="State">Claimed for this request, finished by an earlier one, or busy with another still running.</param>
/// <param name="BodyHash">For a finished key, the hash of the body it was used with.</param>
public sealed record ReceiptClaim(ReceiptState State, string? BodyHash);
