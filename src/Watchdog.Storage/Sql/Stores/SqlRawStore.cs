using System.Data.Common;
using System.Runtime.CompilerServices;
using Watchdog.Core.Storage;
using Watchdog.Storage.Raw;
using Watchdog.Storage.Sql.Rows;

namespace Watchdog.Storage.Sql.Stores;

/// <summary>
/// The metadata half of a raw store, the same SQL in both backends: one <c>raw_sightings</c> row per URL a body was
/// fetched from. Where the compressed bytes live (files or a table) is up to the derived store.
/// </summary>
public abstract class SqlRawStore(ISqlDatabase database) : IRawStore
{
    private const int ScanBatch = 500;

    protected ISqlDatabase Database { get; } = database;

    public abstract Task<string> PutAsync(ReadOnlyMemory<byte> body, RawMetadata metadata, CancellationToken ct);

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
}
