using System.Data.Common;
using Watchdog.Core.Queue;
using Watchdog.Storage.Sql;
using Watchdog.Storage.Sql.Stores;

namespace Watchdog.Storage.Postgres;

/// <summary>
/// The queue shared by any number of workers: leasing locks due rows with FOR UPDATE SKIP LOCKED, so concurrent
/// workers take different items without waiting on each other.
/// </summary>
public sealed class PostgresWorkQueue(PostgresDatabase database) : SqlWorkQueue(database)
{
    protected override Task<List<WorkItem>> LeaseDueAsync(DbConnection connection, DbTransaction tx, LeaseRequest lease, CancellationToken ct) =>
        connection.QueryAsync(
            """
            WITH due AS (
                SELECT w.id FROM work_items w
                JOIN unnest(@kinds, @ranks) AS r(kind, rank) ON r.kind = w.kind
                WHERE (w.state = 'pending' AND w.not_before <= @now) OR (w.state = 'leased' AND w.lease_expires_at <= @now)
                ORDER BY r.rank, w.not_before, w.id
                LIMIT @max
                FOR UPDATE OF w SKIP LOCKED)
            UPDATE work_items w
            SET state = 'leased', lease_owner = @owner, lease_expires_at = @expires, lease_token = @token, attempts = w.attempts + 1
            FROM due WHERE w.id = due.id
            RETURNING w.*
            """, tx, ReadItem, ct,
            ("@kinds", lease.Order.Ranks.Keys.ToArray()), ("@ranks", lease.Order.Ranks.Values.ToArray()), ("@now", lease.Now),
            ("@max", lease.Max), ("@owner", lease.Owner), ("@token", lease.Token), ("@expires", lease.ExpiresAt));
}
