using System.Data.Common;
using Watchdog.Core.Queue;
using Watchdog.Storage.Sql.Rows;

namespace Watchdog.Storage.Sql.Stores;

/// <summary>
/// Durable leased queue: items are leased, never popped, and finished only by Complete or Quarantine. Everything but
/// the leasing statement is the same SQL in both backends; each backend leases in the way its locking allows.
/// </summary>
public abstract class SqlWorkQueue(ISqlDatabase database) : IWorkQueue
{
    protected ISqlDatabase Database { get; } = database;

    public Task<bool> EnqueueAsync(string kind, string payload, string? dedupKey, DateTimeOffset notBefore, CancellationToken ct) =>
        Database.WriteAsync(async (connection, tx) => await connection.ExecuteAsync(
            """
            INSERT INTO work_items (kind, payload, dedup_key, state, attempts, not_before, created_at)
            VALUES (@kind, @payload, @dedup_key, 'pending', 0, @not_before, @now)
            ON CONFLICT DO NOTHING
            """, tx, ct,
            ("@kind", kind), ("@payload", payload), ("@dedup_key", dedupKey),
            ("@not_before", Database.Values.Time(notBefore)), ("@now", Database.Now())) == 1, ct);

    public async Task<IReadOnlyList<WorkItem>> LeaseAsync(LeaseOrder order, string owner, TimeSpan leaseFor, int max, CancellationToken ct)
    {
        if (order.Kinds.Count == 0 || max <= 0) return [];
        var now = Database.Clock.GetUtcNow();
        var lease = new LeaseRequest(order, owner, Guid.NewGuid().ToString("N"), Database.Values.Time(now), Database.Values.Time(now + leaseFor), max);
        var items = await Database.WriteAsync((connection, tx) => LeaseDueAsync(connection, tx, lease, ct), ct);
        return QueueRows.InLeaseOrder(items, order);
    }

    public Task<int> RenewLeasesAsync(string owner, TimeSpan leaseFor, CancellationToken ct) =>
        Database.WriteAsync((connection, tx) => connection.ExecuteAsync(
            "UPDATE work_items SET lease_expires_at = @expires WHERE state = 'leased' AND lease_owner = @owner", tx, ct,
            ("@owner", owner), ("@expires", Database.Values.Time(Database.Clock.GetUtcNow() + leaseFor))), ct);

    public Task<bool> CompleteAsync(long id, string leaseToken, CancellationToken ct) =>
        FinishAsync(id, leaseToken, WorkItemStates.Done, error: null, ct);

    public Task<bool> RetryAsync(long id, string leaseToken, string error, DateTimeOffset retryAt, CancellationToken ct) =>
        BackToPendingAsync(id, leaseToken, retryAt, "last_error = @error", ct, ("@error", error));

    public Task<bool> DeferAsync(long id, string leaseToken, DateTimeOffset notBefore, CancellationToken ct) =>
        BackToPendingAsync(id, leaseToken, notBefore, GivenBackTry, ct);

    public Task<bool> QuarantineAsync(long id, string leaseToken, string error, CancellationToken ct) =>
        FinishAsync(id, leaseToken, WorkItemStates.Quarantined, error, ct);

    /// <summary>
    /// Back to pending, every leased item: only for the one process that owns a whole embedded store, when it starts
    /// (nobody else can hold a lease there, so every lease is a dead run's). The dead run's try is given back: it did
    /// not fail, it never finished, and a service killed now and then must not push its items towards quarantine.
    /// </summary>
    /// <returns>How many items were taken back.</returns>
    public Task<int> ReleaseAllLeasesAsync(CancellationToken ct) =>
        Database.WriteAsync((connection, tx) => connection.ExecuteAsync(
            $"""
            UPDATE work_items SET state = 'pending', {GivenBackTry}, {ClearedLease}
            WHERE state = 'leased'
            """, tx, ct), ct);

    public Task<QueueCounts> CountAsync(CancellationToken ct) =>
        Database.ReadAsync(async c =>
        {
            var rows = await c.QueryAsync("SELECT state, COUNT(*) AS n FROM work_items GROUP BY state", null,
                r => (State: r.Text("state"), Count: r.Int64("n")), ct);
            return QueueRows.ReadCounts(rows);
        }, ct);

    public async Task<IReadOnlyList<WorkItem>> ListQuarantinedAsync(int limit, CancellationToken ct) =>
        await Database.ReadAsync(c => c.QueryAsync(
            $"SELECT {QueueRows.Columns} FROM work_items WHERE state = 'quarantined' ORDER BY finished_at DESC, id DESC LIMIT @limit",
            null, ReadItem, ct, ("@limit", limit)), ct);

    /// <summary>
    /// Marks up to <see cref="LeaseRequest.Max"/> due items (pending and due, or leased with an expired lease) of the
    /// requested kinds as leased to the owner, counting an attempt, and returns them; inside the write transaction.
    /// Items are taken by the rank of their kind (<see cref="LeaseOrder.Ranks"/>), then not_before, then id.
    /// </summary>
    protected abstract Task<List<WorkItem>> LeaseDueAsync(DbConnection connection, DbTransaction tx, LeaseRequest lease, CancellationToken ct);

    protected WorkItem ReadItem(DbDataReader reader) => QueueRows.Read(reader, Database.Values);

    /// <summary>Undoes the attempt that leasing counted, for a lease that ended without a try (deferred, or a dead run's).</summary>
    private const string GivenBackTry = "attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END";
    private const string ClearedLease = "lease_owner = NULL, lease_expires_at = NULL, lease_token = NULL";
    /// <summary>The item is still leased under this token: no other worker has leased it since.</summary>
    private const string HeldByToken = "id = @id AND state = 'leased' AND lease_token = @token";

    /// <param name="alsoSet">The rest of the SET clause: what the return changes besides state, time and lease.</param>
    private Task<bool> BackToPendingAsync(long id, string leaseToken, DateTimeOffset notBefore, string alsoSet, CancellationToken ct, params (string Name, object? Value)[] parameters) =>
        Database.WriteAsync(async (connection, tx) => await connection.ExecuteAsync(
            $"""
            UPDATE work_items
            SET state = 'pending', not_before = @not_before, {alsoSet}, {ClearedLease}
            WHERE {HeldByToken}
            """, tx, ct, [("@id", id), ("@token", leaseToken), ("@not_before", Database.Values.Time(notBefore)), .. parameters]) == 1, ct);

    /// <summary>Done and quarantined are final; a call with a token that is no longer the item's changes nothing.</summary>
    private Task<bool> FinishAsync(long id, string leaseToken, string state, string? error, CancellationToken ct) =>
        Database.WriteAsync(async (connection, tx) => await connection.ExecuteAsync(
            $"""
            UPDATE work_items
            SET state = @state, last_error = coalesce(@error, last_error), {ClearedLease}, finished_at = @now
            WHERE {HeldByToken}
            """, tx, ct, ("@id", id), ("@token", leaseToken), ("@state", state), ("@error", error), ("@now", Database.Now())) == 1, ct);

    /// <param name="Now">Current time and <paramref name="ExpiresAt"/> already in the backend's representation.</param>
    /// <param name="Token">The new lease's <see cref="WorkItem.LeaseToken"/>, shared by the items of one lease call.</param>
    protected sealed record LeaseRequest(LeaseOrder Order, string Owner, string Token, object? Now, object? ExpiresAt, int Max);
}
