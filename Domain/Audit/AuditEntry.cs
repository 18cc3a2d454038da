using Cms.Domain.Common;

namespace Cms.Domain.Audit;

/// <summary>One write or key event: who (the key, if any), what (the operation), which resource, when, and how it ended.</summary>
/// <param name="Id">UUID v7.</param>
/// <param name="At">When it happened.</param>
/// <param name="KeyId">The key that asked; null without a valid key.</param>
/// <param name="KeyName">That key's name.</param>
/// <param name="Action">The operation, by its OpenAPI name: <c>publishArticle</c>, <c>createKey</c>, <c>authenticate</c>...</param>
/// <param name="Resource">What it was done to: <c>articles/{id or slug}</c>, <c>keys/{id}</c>...</param>
/// <param name="Status">The HTTP status it ended with.</param>
public sealed record AuditEntry(Guid Id, DateTimeOffset At, Guid? KeyId, string? KeyName, string Action, string Resource, int Status)
{
    /// <summary>True when the request did what was asked.</summary>
    public bool Succeeded => Status is >= 200 and < 400;
}

/// <summary>Which entries to read; each filter is optional.</summary>
/// <param name="KeyId">Only this key's.</param>
/// <param name="Action">Only this operation.</param>
/// <param name="Resource">Only this resource and what lies below it (<c>articles/x</c> also matches <c>articles/x/revisions/2</c>).</param>
/// <param name="Succeeded">Only successes, or only failures.</param>
/// <param name="Since">Only entries after this instant.</param>
/// <param name="Until">Only entries before this instant.</param>
public sealed record AuditQuery(Guid? KeyId, string? Action, string? Resource, bool? Succeeded, DateTimeOffset? Since, DateTimeOffset? Until);

/// <summary>Where audit entries are kept.</summary>
public interface IAuditLog
{
    /// <summary>Records an entry.</summary>
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken);

    /// <summary>A page of entries, newest first.</summary>
    Task<Page<AuditEntry>> ListAsync(AuditQuery query, PageRequest page, CancellationToken cancellationToken);
}
