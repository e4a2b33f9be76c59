using Watchdog.Core.Sources;
using Watchdog.Core.Storage;
using Watchdog.Storage.Sql.Rows;

namespace Watchdog.Storage.Sql.Stores;

/// <summary>Sources and their health, one row each, keyed by URL. The SQL is the same for SQLite and PostgreSQL.</summary>
public sealed class SqlSourceStore(ISqlDatabase database) : ISourceStore
{
    private readonly ISqlValues _v = database.Values;

    public Task<Source> AddAsync(Source source, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            var created = source.CreatedAt == default ? database.Clock.GetUtcNow() : source.CreatedAt;
            await connection.ExecuteAsync(
                $"INSERT INTO sources ({SourceRow.InsertColumns}) VALUES ({SourceRow.Values}) ON CONFLICT (url) DO NOTHING",
                tx, ct, SourceRow.Parameters(source with { CreatedAt = created }, _v));
            return (await connection.QuerySingleAsync($"SELECT {SourceRow.Columns} FROM sources WHERE url = @url", tx,
                r => SourceRow.Read(r, _v), ct, ("@url", source.Url.AbsoluteUri)))!;
        }, ct);

    public Task<Source?> GetAsync(long id, CancellationToken ct) =>
        database.ReadAsync(c => c.QuerySingleAsync($"SELECT {SourceRow.Columns} FROM sources WHERE id = @id", null,
            r => SourceRow.Read(r, _v), ct, ("@id", id)), ct);

    public Task<Source?> FindByUrlAsync(Uri url, CancellationToken ct) =>
        database.ReadAsync(c => c.QuerySingleAsync($"SELECT {SourceRow.Columns} FROM sources WHERE url = @url", null,
            r => SourceRow.Read(r, _v), ct, ("@url", url.AbsoluteUri)), ct);

    public async Task<IReadOnlyList<Source>> ListAsync(CancellationToken ct) =>
        await database.ReadAsync(c => c.QueryAsync($"SELECT {SourceRow.Columns} FROM sources ORDER BY id", null,
            r => SourceRow.Read(r, _v), ct), ct);

    public Task<bool> RemoveAsync(long id, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
            await connection.ExecuteAsync("DELETE FROM sources WHERE id = @id", tx, ct, ("@id", id)) == 1, ct);

    public Task UpdateAsync(Source source, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) =>
        {
            var changed = await connection.ExecuteAsync($"UPDATE sources SET {SourceRow.Assignments} WHERE id = @id", tx, ct,
                SourceRow.Parameters(source, _v));
            if (changed == 0) throw new KeyNotFoundException($"Source {source.Id} does not exist.");
        }, ct);

    public Task<bool> AddItemsStoredAsync(long id, long count, CancellationToken ct) =>
        database.WriteAsync(async (connection, tx) => await connection.ExecuteAsync(
            "UPDATE sources SET items_stored = items_stored + @count WHERE id = @id", tx, ct, ("@id", id), ("@count", count)) == 1, ct);

    /// <remarks>Never-run sources first (NULL sorts first through the IS NOT NULL key in both backends).</remarks>
    public async Task<IReadOnlyList<Source>> ListDueAsync(DateTimeOffset now, CancellationToken ct) =>
        await database.ReadAsync(c => c.QueryAsync(
            $"""
             SELECT {SourceRow.Columns} FROM sources
             WHERE status <> 'Paused' AND (next_run_at IS NULL OR next_run_at <= @now)
             ORDER BY next_run_at IS NOT NULL, next_run_at, id
             """, null, r => SourceRow.Read(r, _v), ct, ("@now", _v.Time(now))), ct);
}
