namespace Watchdog.Core.Governance;

/// <summary>The append-only audit log. There is deliberately no way to change or delete an entry.</summary>
public interface IAuditLog
{
    /// <returns>The stored entry with its id (and its time, when <see cref="AuditEntry.At"/> was not set).</returns>
    Task<AuditEntry> AppendAsync(AuditEntry entry, CancellationToken ct);

    Task<AuditPage> ListAsync(AuditQuery query, CancellationToken ct);
}
