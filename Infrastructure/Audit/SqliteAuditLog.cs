using Cms.Domain.Audit;
using Cms.Domain.Common;
using Cms.Infrastructure.Database;
using Dapper;

namespace Cms.Infrastructure.Audit;

/// <summary>The audit log in <c>audit_log</c>, newest first.</summary>
public sealed class SqliteAuditLog(ISqlDialect dialect) : IAuditLog
{
    private const string Filters = """
        (@keyId IS NULL OR key_id = @keyId) AND (@action IS NULL OR action = @action)
        AND (@resource IS NULL OR resource = @resource OR substr(resource, 1, length(@resource) + 1) = @resource || '/')
        AND (@succeeded IS NULL OR (status BETWEEN 200 AND 399) = @succeeded)
        AND (@since IS NULL OR at > @since) AND (@until IS NULL OR at < @until)
        """;

    /// <inheritdoc />
    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        const string sql = """
            INSERT INTO audit_log (id, at, key_id, key_name, action, resource, status)
            VALUES (@Id, @At, @KeyId, @KeyName, @Action, @Resource, @Status)
            """;
        await dialect.WriteQueuedAsync(async statements =>
        {
            await statements.Connection.ExecuteAsync(sql, entry, statements.Transaction);
            return null;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Page<AuditEntry>> ListAsync(AuditQuery query, PageRequest page, CancellationToken cancellationToken)
    {
        var after = page.After is null ? "" : "AND (at, id) < (@sortValue, @afterId)";
        var sql = $"SELECT * FROM audit_log WHERE {Filters} {after} ORDER BY at DESC, id DESC LIMIT @take OFFSET @skip";
        var parameters = PageSlice.Parameters(page, Audience.Newsroom);
        parameters.Add("keyId", query.KeyId);
        parameters.Add("action", query.Action);
        parameters.Add("resource", query.Resource);
        parameters.Add("succeeded", query.Succeeded);
        parameters.Add("since", query.Since is { } since ? TextColumns.Format(since) : null);
        parameters.Add("until", query.Until is { } until ? TextColumns.Format(until) : null);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<AuditRow>(sql, parameters)).ToList();
        var next = PageSlice.Trim(rows, page.Limit, last => new ListPosition(TextColumns.Format(last.At), last.Id));
        int? total = page.PageNumber is null ? null : await connection.ExecuteScalarAsync<int>($"SELECT COUNT(*) FROM audit_log WHERE {Filters}", parameters);
        return new Page<AuditEntry>(rows.Select(row => row.Entry).ToList(), next, total);
    }

    private sealed class AuditRow
    {
        public Guid Id { get; init; }
        public DateTimeOffset At { get; init; }
        public Guid? KeyId { get; init; }
        public string? KeyName { get; init; }
        public string Action { get; init; } = "";
        public string Resource { get; init; } = "";
        public int Status { get; init; }

        public AuditEntry Entry => new(Id, At, KeyId, KeyName, Action, Resource, Status);
    }
}
