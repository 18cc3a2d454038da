using Cms.Domain.Articles;
using Cms.Infrastructure.Database;
using Dapper;

namespace Cms.Infrastructure.Articles;

/// <summary>The typesetting queue the database's triggers fill, and the answers kept from it (migration <c>0012_typeset_articles.sql</c>).</summary>
public sealed class SqliteTypesetting(ISqlDialect dialect) : ITypesetting
{
    private const string RequeueAllSql = """
        DELETE FROM typeset_articles;
        INSERT INTO typesetting_queue (article_id, ticket) SELECT id, random() FROM articles WHERE status = 'published'
        ON CONFLICT (article_id) DO UPDATE SET ticket = excluded.ticket;
        """;

    /// <inheritdoc />
    public async Task<IReadOnlyList<TypesettingTicket>> WaitingAsync(int most, CancellationToken cancellationToken)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(Guid ArticleId, long Ticket)>(
            "SELECT article_id, ticket FROM typesetting_queue LIMIT @most", new { most });
        return rows.Select(row => new TypesettingTicket(row.ArticleId, row.Ticket)).ToList();
    }

    /// <inheritdoc />
    public async Task<int?> KeepAsync(IReadOnlyList<TypesetProof> proofs, long settingsVersion, string urlTemplate,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(proofs);
        int? kept = null;
        await dialect.WriteAsync(async (connection, transaction) =>
        {
            var (version, edition) = await connection.QuerySingleAsync<(long, string)>(
                "SELECT COALESCE((SELECT version FROM site_settings), 0), (SELECT url_template FROM typesetting_edition)", transaction: transaction);
            if (version != settingsVersion || edition != urlTemplate) return null;
            kept = 0;
            using var statements = new PreparedStatements(connection, transaction);
            foreach (var proof in proofs)
            {
                var ticket = new { id = proof.Ticket.ArticleId.ToString("D"), ticket = proof.Ticket.Ticket };
                if (statements.Execute("DELETE FROM typesetting_queue WHERE article_id = @id AND ticket = @ticket", ticket) == 0) continue;
                if (proof.Summary is null || proof.Body is null || proof.Slug is null) continue;
                statements.Execute("DELETE FROM typeset_articles WHERE id = @id", new { ticket.id });
                statements.Execute("""
                    INSERT INTO typeset_articles (id, slug, version, updated_at, summary) VALUES (@id, @slug, @version, @updatedAt, @summary)
                    """, new { ticket.id, slug = proof.Slug, version = proof.Version, updatedAt = proof.UpdatedAt, summary = proof.Summary });
                statements.Execute("INSERT INTO typeset_bodies (entry, body) VALUES (last_insert_rowid(), @body)", new { body = proof.Body });
                kept++;
            }
            return null;
        }, cancellationToken);
        return kept;
    }

    /// <inheritdoc />
    public Task ChangeEditionAsync(string urlTemplate, CancellationToken cancellationToken) =>
        dialect.WriteAsync(async (connection, transaction) =>
        {
            var edition = await connection.ExecuteScalarAsync<string>("SELECT url_template FROM typesetting_edition", transaction: transaction);
            if (edition == urlTemplate) return null;
            await connection.ExecuteAsync(RequeueAllSql, transaction: transaction);
            await connection.ExecuteAsync("UPDATE typesetting_edition SET url_template = @urlTemplate", new { urlTemplate }, transaction);
            return null;
        }, cancellationToken);
}
