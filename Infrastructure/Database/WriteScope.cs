using System.Data.Common;

namespace Cms.Infrastructure.Database;

/// <summary>
/// A write transaction and the process's turn to write: disposing it rolls back what was not committed and hands the
/// turn to the next writer.
/// </summary>
public sealed class WriteScope(DbTransaction transaction, SemaphoreSlim turn) : IAsyncDisposable
{
    private int disposed;

    /// <summary>The transaction the writes go in.</summary>
    public DbTransaction Transaction => transaction;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1) return;
        try
        {
            await transaction.DisposeAsync();
        }
        finally
        {
            turn.Release();
        }
    }
}
