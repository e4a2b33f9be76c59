using System.Data.Common;
using System.Text.Json;
using Watchdog.Core.Queue;
using Watchdog.Storage.Sql;
using Watchdog.Storage.Sql.Stores;

namespace Watchdog.Storage.Sqlite;

/// <summary>
/// The queue in the embedded database. Leasing is one UPDATE … RETURNING under SQLite's single write lock (taken
/// up front by BEGIN IMMEDIATE), so two workers never get the same item.
/// </summary>
public sealed class SqliteWorkQueue(SqliteDatabase database) : SqlWorkQueue(database)
{
    protected override Task<List<WorkItem>> LeaseDueAsync(DbConnection connection, DbTransaction tx, LeaseRequest lease, CancellationToken ct) =>
        connection.QueryAsync(
            """
            UPDATE work_items
            SET state = 'leased', lease_owner = @owner, lease_expires_at = @expires, lease_token = @token, attempts = attempts + 1
            WHERE id IN (
                SELECT id FROM work_items
                WHERE kind IN (SELECT value FROM json_each(@kinds))
                  AND ((state = 'pending' AND not_before <= @now) OR (state = 'leased' AND lease_expires_at <= @now))
                ORDER BY not_before, id
                LIMIT @max)
            RETURNING *
            """, tx, ReadItem, ct,
            ("@owner", lease.Owner), ("@token", lease.Token), ("@expires", lease.ExpiresAt), ("@now", lease.Now),
            ("@kinds", JsonSerializer.Serialize(lease.Kinds)), ("@max", lease.Max));
}
