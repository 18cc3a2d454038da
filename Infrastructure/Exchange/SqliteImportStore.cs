using System.Data.Common;
using Cms.Domain.Common;
using Cms.Domain.Exchange;
using Cms.Infrastructure.Articles;
using Cms.Infrastructure.Authors;
using Cms.Infrastructure.Database;
using Cms.Infrastructure.Tags;

namespace Cms.Infrastructure.Exchange;

/// <summary>Finds what an import batch names and writes the batch in one transaction, through each store's own write path.</summary>
public sealed class SqliteImportStore(ISqlDialect dialect, SqliteArticleStore articles, SqliteAuthorStore authors, SqliteTagStore tags) : IImportStore
{
    // A batch writes tens of megabytes: with the session's 1 MB page cache its dirty pages would spill into the WAL (and be
    // read back) many times over before the commit writes them once. And the log is copied back into the database every
    // 100,000 pages (about 400 MB) instead of every 10,000: the index pages each batch rewrites are then copied once for
    // many batches instead of once for each. The session gets its own settings back after the commit, and the import's end
    // copies back what is left (SettleAsync), which a single write would otherwise pay for at its commit.
    private const string BatchSettingsSql = "PRAGMA cache_size = -32768; PRAGMA wal_autocheckpoint = 100000";
    private static readonly string SessionSettingsSql = $"PRAGMA cache_size = -{SqliteDialect.SessionCacheKib}; PRAGMA wal_autocheckpoint = {SqliteDialect.CheckpointPages}";

    /// <inheritdoc />
    public async Task<ImportMatches> FindAsync(ImportKeys keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return new ImportMatches(
            await authors.MatchAsync(connection, keys.Authors),
            await tags.MatchAsync(connection, keys.Tags),
            await SqliteArticleStore.MatchAsync(connection, keys.Articles),
            await SqliteArticleStore.KeysAsync(connection, keys.Teasers));
    }

    /// <inheritdoc />
    public PreparedWrites Prepare(IReadOnlyList<ImportWrite> writes)
    {
        ArgumentNullException.ThrowIfNull(writes);
        var articles = new PreparedArticle?[writes.Count];
        Parallel.For(0, writes.Count, ImportOptions.Planning, i => articles[i] = writes[i] is ArticleWrite article
            ? SqliteArticleStore.Prepare(article.Article, article.Body, article.LoadedVersion, article.Revision, article.Change, packed: true)
            : null);
        return new ReadyWrites(writes, articles);
    }

    /// <inheritdoc />
    public async Task<Failure?> CommitAsync(PreparedWrites writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writes);
        var ready = writes as ReadyWrites ?? (ReadyWrites)Prepare(writes.Writes);
        try
        {
            return await WriterThread.RunAsync(() => WriteAsync(ready, cancellationToken));
        }
        catch (DbException e) when (dialect.IsForeignKeyViolation(e))
        {
            return new Failure(FailureKind.Conflict, "reference-gone", "A record this batch names was deleted while the batch was written.");
        }
    }

    /// <inheritdoc />
    public Task SettleAsync(CancellationToken cancellationToken) => WriterThread.RunAsync(async () =>
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        Run(connection, "PRAGMA wal_checkpoint(PASSIVE)");
        return true;
    });

    private async Task<Failure?> WriteAsync(ReadyWrites ready, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        Run(connection, BatchSettingsSql);
        try
        {
            await using var write = await dialect.BeginWriteAsync(connection, cancellationToken);
            using (var statements = new PreparedStatements(connection, write.Transaction))
            {
                for (var i = 0; i < ready.Writes.Count; i++)
                {
                    if (await WriteAsync(statements, ready.Writes[i], ready.Articles[i]) is { } refused) return refused;
                }
                statements.Finish();
            }
            await write.Transaction.CommitAsync(cancellationToken);
            return null;
        }
        finally
        {
            Run(connection, SessionSettingsSql);
        }
    }

    private static void Run(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private async Task<Failure?> WriteAsync(PreparedStatements statements, ImportWrite write, PreparedArticle? article)
    {
        var (connection, transaction) = (statements.Connection, statements.Transaction);
        var (id, written) = write switch
        {
            ArticleWrite => (article!.Row.Id, articles.Write(statements, article)),
            AuthorWrite author => (author.Record.Id, author.LoadedVersion is { } loaded
                ? await authors.UpdateAsync(connection, transaction, author.Record, loaded, write.Change)
                : await authors.InsertAsync(connection, transaction, author.Record, write.Change)),
            TagWrite tag => (tag.Record.Id, tag.LoadedVersion is { } loaded
                ? await tags.UpdateAsync(connection, transaction, tag.Record, loaded, write.Change)
                : await tags.InsertAsync(connection, transaction, tag.Record, write.Change)),
            _ => throw new ArgumentOutOfRangeException(nameof(write), write.GetType().Name, "Not a write an import makes."),
        };
        if (written is not null || write.ExternalId is not { } externalId) return written;
        return write switch
        {
            ArticleWrite => articles.KeepExternalId(statements, id, externalId),
            AuthorWrite => await authors.KeepExternalIdAsync(connection, transaction, id, externalId),
            _ => await tags.KeepExternalIdAsync(connection, transaction, id, externalId),
        };
    }

    /// <summary>A batch with its articles prepared for <see cref="SqliteArticleStore.Write"/> (null for authors and tags).</summary>
    private sealed record ReadyWrites(IReadOnlyList<ImportWrite> Writes, IReadOnlyList<PreparedArticle?> Articles) : PreparedWrites(Writes);
}
