using Watchdog.Core.Governance;

namespace Watchdog.Storage.Sql.Governance;

/// <summary>The audit log in either SQL backend: inserts and reads only (triggers in the schema refuse the rest).</summary>
public sealed class SqlAuditLog : IAuditLog
{
    private const int MaxPageSize = 500;
    private readonly ISqlDatabase _database;
    private readonly ISqlValues _v;
    private readonly AuditAppendQueue _appends;

    public SqlAuditLog(ISqlDatabase database)
    {
        _database = database;
        _v = database.Values;
        _appends = new AuditAppendQueue(AppendAllAsync);
    }

    /// <remarks>Shares a commit with the entries appended at the same time (see <see cref="AuditAppendQueue"/>); returns once committed.</remarks>
    public Task<AuditEntry> AppendAsync(AuditEntry entry, CancellationToken ct) => _appends.AppendAsync(entry);

    private Task<IReadOnlyList<AuditEntry>> AppendAllAsync(IReadOnlyList<AuditEntry> entries) =>
        // No cancellation: the actions these entries record have happened, and other callers share the transaction.
        _database.WriteAsync<IReadOnlyList<AuditEntry>>(async (connection, tx) =>
        {
            var stored = new List<AuditEntry>(entries.Count);
            foreach (var entry in entries)
            {
                var timed = entry with { At = entry.At == default ? _database.Clock.GetUtcNow() : entry.At };
                var id = await connection.ScalarAsync<long>(
                    "INSERT INTO audit_log (at, actor, action, target, details) VALUES (@at, @actor, @action, @target, @details) RETURNING id",
                    tx, CancellationToken.None, ("@at", _v.Time(timed.At)), ("@actor", timed.Actor), ("@action", timed.Action),
                    ("@target", timed.Target), ("@details", timed.Details));
                stored.Add(timed with { Id = id });
            }
            return stored;
        }, CancellationToken.None);

    public Task<AuditPage> ListAsync(AuditQuery query, CancellationToken ct)
    {
        var page = Math.Max(1, query.Page);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        // Open time bounds are the extremes of the type rather than NULL checks, which PostgreSQL cannot type for a time.
        (string, object?)[] filters =
        [
            ("@action", query.Action), ("@action_family", query.Action is null ? null : query.Action + ".%"), ("@actor", query.Actor),
            ("@from", _v.Time(query.From ?? DateTimeOffset.UnixEpoch)), ("@to", _v.Time(query.To ?? DateTimeOffset.MaxValue.AddYears(-1))),
            ("@limit", pageSize), ("@offset", (page - 1) * pageSize),
        ];
        const string Where =
            """
            WHERE (CAST(@action AS text) IS NULL OR action = @action OR action LIKE @action_family)
              AND (CAST(@actor AS text) IS NULL OR actor = @actor)
              AND at >= @from AND at <= @to
            """;
        return _database.ReadAsync(async c =>
        {
            var total = await c.ScalarAsync<long>($"SELECT COUNT(*) FROM audit_log {Where}", null, ct, filters);
            var entries = await c.QueryAsync($"SELECT {GovernanceRows.AuditColumns} FROM audit_log {Where} ORDER BY id DESC LIMIT @limit OFFSET @offset",
                null, r => GovernanceRows.ReadAudit(r, _v), ct, filters);
            return new AuditPage(total, page, pageSize, entries);
        }, ct);
    }
}
