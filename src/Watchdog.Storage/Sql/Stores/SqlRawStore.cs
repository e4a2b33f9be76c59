using System.Data.Common;
using System.Runtime.CompilerServices;
using Watchdog.Core.Retention;
using Watchdog.Core.Storage;
using Watchdog.Storage.Raw;
using Watchdog.Storage.Sql.Retention;
using Watchdog.Storage.Sql.Rows;

namespace Watchdog.Storage.Sql.Stores;

/// <summary>
/// The metadata half of a raw store, the same SQL in both backends: one <c>raw_sightings</c> row per URL a body was
/// fetched from. Where the compressed bytes live (files or a table) is up to the derived store.
/// </summary>
public abstract class SqlRawStore(ISqlDatabase database) : IRawStore, IRawRetention
{
    private const int ScanBatch = 500;

    protected ISqlDatabase Database { get; } = database;

    public Task<string> PutAsync(ReadOnlyMemory<byte> body, RawMetadata metadata, CancellationToken ct) =>
        PutAsync(body, RawBodyCodec.Hash(body.Span), metadata, ct);

    public Task<string> PutAsync(ReadOnlyMemory<byte> body, string hash, RawMetadata metadata, CancellationToken ct)
    {
        // The hash names the file or row: a malformed one must never reach a path.
        if (!RawBodyCodec.IsHash(hash)) throw new ArgumentException($"'{hash}' is not a lower-case hex SHA-256", nameof(hash));
        return StoreAsync(body, hash, metadata, ct);
    }

    /// <summary>Stores the body under <paramref name="hash"/>, already checked to be a lower-case hex SHA-256, and records the sighting.</summary>
    /// <returns>The hash.</returns>
    protected abstract Task<string> StoreAsync(ReadOnlyMemory<byte> body, string hash, RawMetadata metadata, CancellationToken ct);

    public abstract Task<RawEntry?> GetAsync(string hash, CancellationToken ct);

    public async IAsyncEnumerable<RawMetadata> ScanAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var record in ScanRecordsAsync(ct)) yield return record.Metadata;
    }

    /// <summary>Every fetch in the order stored, with the hash of its body (what `watchdog reprocess` walks).</summary>
    public async IAsyncEnumerable<RawRecord> ScanRecordsAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var after = 0L;
        while (true)
        {
            var page = await Database.ReadAsync(c => c.QueryAsync(
                $"SELECT {RawRows.SightingColumns} FROM raw_sightings WHERE id > @after ORDER BY id LIMIT @limit", null,
                r => (Id: r.Int64("id"), Record: RawRows.Read(r, Database.Values)), ct, ("@after", after), ("@limit", ScanBatch)), ct);
            foreach (var row in page) yield return row.Record;
            if (page.Count < ScanBatch) yield break;
            after = page[^1].Id;
        }
    }

    /// <summary>Records (or refreshes) that <paramref name="hash"/> was fetched from the metadata's URL.</summary>
    protected Task RecordSightingAsync(DbConnection connection, DbTransaction tx, string hash, RawMetadata metadata, CancellationToken ct) =>
        connection.ExecuteAsync(
            """
            INSERT INTO raw_sightings (hash, url, content_type, charset, fetched_at, source_id)
            VALUES (@hash, @url, @content_type, @charset, @fetched_at, @source_id)
            ON CONFLICT (hash, url) DO UPDATE SET content_type = excluded.content_type, charset = excluded.charset,
                fetched_at = excluded.fetched_at, source_id = excluded.source_id
            """, tx, ct, RawRows.Parameters(hash, metadata, Database.Values));

    /// <returns>The latest fetch of <paramref name="hash"/>, or null when there is none.</returns>
    protected Task<RawRecord?> LatestSightingAsync(DbConnection connection, string hash, CancellationToken ct) =>
        connection.QuerySingleAsync(
            $"SELECT {RawRows.SightingColumns} FROM raw_sightings WHERE hash = @hash ORDER BY fetched_at DESC, id DESC LIMIT 1",
            null, r => RawRows.Read(r, Database.Values), ct, ("@hash", hash));

    public Task<RawPurge> CountExpiredAsync(DateTimeOffset cutoff, CancellationToken ct) =>
        Database.ReadAsync(async c =>
        {
            // Counted before the expired articles are deleted, so only articles that will stay keep a body.
            var rows = await c.QueryAsync($"SELECT COUNT(*) AS n, COALESCE(SUM(b.stored_size), 0) AS bytes FROM raw_bodies b WHERE {ExpiredBodies(keptArticlesOnly: true)}",
                null, r => new RawPurge(r.Int64("n"), r.Int64("bytes")), ct, ("@cutoff", Database.Values.Time(cutoff)));
            return rows[0];
        }, ct);

    public abstract Task<RawPurge> PurgeExpiredAsync(DateTimeOffset cutoff, int limit, CancellationToken ct);

    /// <summary>
    /// Deletes the rows of up to <paramref name="limit"/> expired bodies (see <see cref="IRawRetention"/>) inside the
    /// caller's transaction and returns them; the derived store then deletes their bytes if they live elsewhere.
    /// </summary>
    protected async Task<List<ExpiredBody>> DeleteExpiredBodiesAsync(DbConnection connection, DbTransaction tx, DateTimeOffset cutoff, int limit, CancellationToken ct)
    {
        var at = ("@cutoff", Database.Values.Time(cutoff));
        var candidates = await SelectExpiredAsync(connection, tx, at, limit, restrictTo: null, ct);
        if (candidates.Count == 0) return candidates;
        var hashes = candidates.Select(b => b.Hash).ToList();
        await LockBodiesAsync(connection, tx, hashes, ct);
        // Looked at again once locked: a fetch of the same body may have recorded a new sighting meanwhile.
        var expired = await SelectExpiredAsync(connection, tx, at, limit, hashes, ct);
        if (expired.Count == 0) return expired;
        var list = SqlInList.Of("h", expired.Select(b => b.Hash).ToList());
        await connection.ExecuteAsync($"DELETE FROM raw_sightings WHERE hash IN {list.Sql}", tx, ct, list.Parameters);
        await connection.ExecuteAsync($"DELETE FROM raw_bodies WHERE hash IN {list.Sql}", tx, ct, list.Parameters);
        return expired;
    }

    /// <summary>Keeps concurrent writers off the bodies about to be deleted until the transaction ends; SQLite's single writer already does.</summary>
    protected virtual Task LockBodiesAsync(DbConnection connection, DbTransaction tx, IReadOnlyList<string> hashes, CancellationToken ct) => Task.CompletedTask;

    private async Task<List<ExpiredBody>> SelectExpiredAsync(
        DbConnection connection, DbTransaction tx, (string, object?) cutoff, int limit, IReadOnlyList<string>? restrictTo, CancellationToken ct)
    {
        var restriction = restrictTo is null ? null : SqlInList.Of("r", restrictTo);
        return await connection.QueryAsync(
            $"""
             SELECT b.hash, b.stored_size FROM raw_bodies b
             WHERE {ExpiredBodies(keptArticlesOnly: false)} {(restriction is null ? "" : $"AND b.hash IN {restriction.Sql}")}
             ORDER BY b.hash LIMIT @limit
             """, tx, r => new ExpiredBody(r.Text("hash"), r.Int64("stored_size")), ct,
            [cutoff, ("@limit", limit), .. restriction?.Parameters ?? []]);
    }

    /// <summary>Bodies last fetched before @cutoff that no article refers to (with <paramref name="keptArticlesOnly"/>: no article that retention keeps).</summary>
    private static string ExpiredBodies(bool keptArticlesOnly) =>
        $"""
         b.hash IN (SELECT s.hash FROM raw_sightings s WHERE s.fetched_at < @cutoff)
         AND NOT EXISTS (SELECT 1 FROM raw_sightings s WHERE s.hash = b.hash AND s.fetched_at >= @cutoff)
         AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.raw_hash = b.hash{(keptArticlesOnly ? " AND a.fetched_at >= @cutoff" : "")})
         """;

    protected sealed record ExpiredBody(string Hash, long StoredSize);
}
