using System.Data.Common;
using System.Text.Json;
using Watchdog.Core.Queue;
using Watchdog.Storage.Sql;
using Watchdog.Storage.Sql.Stores;

namespace Watchdog.Storage.Sqlite;

/// <summary>
/// The queue in the embedded database. Leasing is one UPDATE … RETURNING under SQLite's single write lock (taken
/// up front by BEGIN IMMEDIATE), so two workers never get the same item. CROSS JOIN keeps the due-item indexes as the
/// outer loop (the kinds, a small JSON object of kind to rank, are looked up per due item).
/// </summary>
public sealed class SqliteWorkQueue(SqliteDatabase database) : SqlWorkQueue(database)
{
    protected override Task<List<WorkItem>> LeaseDueAsync(DbConnection connection, DbTransaction tx, LeaseRequest lease, CancellationToken ct) =>
        connection.QueryAsync(
            """
            UPDATE work_items
            SET state = 'leased', lease_owner = @owner, lease_expires_at = @expires, lease_token = @token, attempts = attempts + 1
            WHERE id IN (
                SELECT w.id FROM work_items w
                CROSS JOIN json_each(@ranks) r ON r.key = w.kind
                WHERE (w.state = 'pending' AND w.not_before <= @now) OR (w.state = 'leased' AND w.lease_expires_at <= @now)
                ORDER BY r.value, w.not_before, w.id
                LIMIT @max)
            RETURNING *
            """, tx, ReadItem, ct,
            ("@owner", lease.Owner), ("@token", lease.Token), ("@expires", lease.ExpiresAt), ("@now", lease.Now),
            ("@ranks", JsonSerializer.Serialize(lease.Order.Ranks)), ("@max", lease.Max));
}
