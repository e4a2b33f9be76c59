using System.Data.Common;
using Watchdog.Core.Watching;

namespace Watchdog.Storage.Sql.Watching;

/// <summary>
/// Watchlists, standing queries, alerts and deliveries in either SQL backend (the SQL is shared). This file holds
/// watchlists and queries; SqlWatchStore.Alerts.cs the alerts and deliveries.
/// </summary>
public sealed partial class SqlWatchStore(ISqlDatabase database) : IWatchStore
{
    private readonly ISqlValues _v = database.Values;

    public Task<Watchlist> SaveWatchlistAsync(Watchlist watchlist, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            var key = WatchRows.NameKey(watchlist.Name);
            var clash = await connection.ScalarAsync<long>("SELECT COUNT(*) FROM watchlists WHERE name_key = @key AND id <> @id", tx, ct,
                ("@key", key), ("@id", watchlist.Id));
            if (clash > 0) throw new InvalidOperationException($"A watchlist named \"{watchlist.Name}\" already exists.");
            var stored = watchlist with { UpdatedAt = watchlist.UpdatedAt == default ? database.Clock.GetUtcNow() : watchlist.UpdatedAt };
            (string, object?)[] values =
            [
                ("@id", stored.Id), ("@name", stored.Name), ("@key", key), ("@entries", WatchRows.ToJson(stored.Entries)),
                ("@updated_at", _v.Time(stored.UpdatedAt)),
            ];
            await BumpRevisionAsync(connection, tx, ct);
            if (stored.Id == 0)
            {
                var id = await connection.ScalarAsync<long>(
                    "INSERT INTO watchlists (name, name_key, entries, updated_at) VALUES (@name, @key, @entries, @updated_at) RETURNING id",
                    tx, ct, values);
                return stored with { Id = id };
            }
            var changed = await connection.ExecuteAsync(
                "UPDATE watchlists SET name = @name, name_key = @key, entries = @entries, updated_at = @updated_at WHERE id = @id", tx, ct, values);
            return changed == 1 ? stored : throw new KeyNotFoundException($"Watchlist {stored.Id} does not exist.");
        }, ct);

    public Task<Watchlist?> GetWatchlistAsync(long id, CancellationToken ct) =>
        database.ReadAsync(c => c.QuerySingleAsync($"SELECT {WatchRows.WatchlistColumns} FROM watchlists WHERE id = @id", null,
            r => WatchRows.ReadWatchlist(r, _v), ct, ("@id", id)), ct);

    public Task<Watchlist?> FindWatchlistAsync(string name, CancellationToken ct) =>
        database.ReadAsync(c => c.QuerySingleAsync($"SELECT {WatchRows.WatchlistColumns} FROM watchlists WHERE name_key = @key", null,
            r => WatchRows.ReadWatchlist(r, _v), ct, ("@key", WatchRows.NameKey(name))), ct);

    public async Task<IReadOnlyList<Watchlist>> ListWatchlistsAsync(CancellationToken ct) =>
        await database.ReadAsync(c => c.QueryAsync($"SELECT {WatchRows.WatchlistColumns} FROM watchlists ORDER BY name_key", null,
            r => WatchRows.ReadWatchlist(r, _v), ct), ct);

    public Task<bool> RemoveWatchlistAsync(long id, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            await BumpRevisionAsync(connection, tx, ct);
            return await connection.ExecuteAsync("DELETE FROM watchlists WHERE id = @id", tx, ct, ("@id", id)) == 1;
        }, ct);

    public Task<StandingQuery> SaveQueryAsync(StandingQuery query, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            var stored = query with { CreatedAt = query.CreatedAt == default ? database.Clock.GetUtcNow() : query.CreatedAt };
            (string, object?)[] values =
            [
                ("@id", stored.Id), ("@name", stored.Name), ("@query_text", stored.QueryText), ("@enabled", stored.Enabled),
                ("@rule", WatchRows.ToJson(stored.Rule)), ("@created_at", _v.Time(stored.CreatedAt)),
            ];
            await BumpRevisionAsync(connection, tx, ct);
            if (stored.Id == 0)
            {
                var id = await connection.ScalarAsync<long>(
                    """
                    INSERT INTO standing_queries (name, query_text, enabled, rule, created_at)
                    VALUES (@name, @query_text, @enabled, @rule, @created_at) RETURNING id
                    """, tx, ct, values);
                return stored with { Id = id };
            }
            var changed = await connection.ExecuteAsync(
                "UPDATE standing_queries SET name = @name, query_text = @query_text, enabled = @enabled, rule = @rule WHERE id = @id",
                tx, ct, values);
            return changed == 1 ? stored : throw new KeyNotFoundException($"Standing query {stored.Id} does not exist.");
        }, ct);

    public Task<StandingQuery?> GetQueryAsync(long id, CancellationToken ct) =>
        database.ReadAsync(c => c.QuerySingleAsync($"SELECT {WatchRows.QueryColumns} FROM standing_queries WHERE id = @id", null,
            r => WatchRows.ReadQuery(r, _v), ct, ("@id", id)), ct);

    public async Task<IReadOnlyList<StandingQuery>> ListQueriesAsync(CancellationToken ct) =>
        await database.ReadAsync(c => c.QueryAsync($"SELECT {WatchRows.QueryColumns} FROM standing_queries ORDER BY id", null,
            r => WatchRows.ReadQuery(r, _v), ct), ct);

    public Task<bool> RemoveQueryAsync(long id, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            await BumpRevisionAsync(connection, tx, ct);
            return await connection.ExecuteAsync("DELETE FROM standing_queries WHERE id = @id", tx, ct, ("@id", id)) == 1;
        }, ct);

    public Task<long> GetRevisionAsync(CancellationToken ct) =>
        database.ReadAsync(c => c.ScalarAsync<long>("SELECT value FROM watch_revision WHERE id = 1", null, ct), ct);

    /// <summary>In the same transaction as the change, so a reader never sees the change without the new revision.</summary>
    private static Task BumpRevisionAsync(DbConnection connection, DbTransaction tx, CancellationToken ct) =>
        connection.ExecuteAsync("UPDATE watch_revision SET value = value + 1 WHERE id = 1", tx, ct);
}
