using Watchdog.Core.Storage;
using Watchdog.Storage.Sql.Rows;

namespace Watchdog.Storage.Sql.Stores;

/// <summary>Validators and last content hash per URL, for conditional GET. The SQL is the same for both backends.</summary>
public sealed class SqlUrlStateStore(ISqlDatabase database) : IUrlStateStore
{
    private readonly ISqlValues _v = database.Values;

    public Task<UrlState?> GetAsync(Uri url, CancellationToken ct) =>
        database.ReadAsync(c => c.QuerySingleAsync($"SELECT {FetchRows.UrlStateColumns} FROM url_state WHERE url = @url",
            null, r => FetchRows.ReadUrlState(r, _v), ct, ("@url", url.AbsoluteUri)), ct);

    public Task SaveAsync(UrlState state, CancellationToken ct) =>
        database.WriteAsync((connection, tx) => connection.ExecuteAsync(
            $"""
             INSERT INTO url_state ({FetchRows.UrlStateColumns}) VALUES ({FetchRows.UrlStateValues})
             ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                 content_hash = excluded.content_hash, last_fetched_at = excluded.last_fetched_at, last_status = excluded.last_status
             """, tx, ct, FetchRows.Parameters(state, _v)), ct);
}

/// <summary>Append-only fetch history, newest first when listed. The SQL is the same for both backends.</summary>
public sealed class SqlFetchLog(ISqlDatabase database) : IFetchLog
{
    private readonly ISqlValues _v = database.Values;

    public Task AppendAsync(FetchLogEntry entry, CancellationToken ct) =>
        database.WriteAsync((connection, tx) => connection.ExecuteAsync(
            $"INSERT INTO fetch_log ({FetchRows.LogColumns}) VALUES ({FetchRows.LogValues})", tx, ct, FetchRows.Parameters(entry, _v)), ct);

    public async Task<IReadOnlyList<FetchLogEntry>> ListAsync(long? sourceId, int limit, CancellationToken ct) =>
        await database.ReadAsync(c => c.QueryAsync(
            $"""
             SELECT {FetchRows.LogColumns} FROM fetch_log
             WHERE CAST(@source_id AS bigint) IS NULL OR source_id = @source_id
             ORDER BY id DESC LIMIT @limit
             """, null, r => FetchRows.ReadLogEntry(r, _v), ct, ("@source_id", sourceId), ("@limit", limit)), ct);
}
