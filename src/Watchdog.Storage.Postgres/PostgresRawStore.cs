using System.Data.Common;
using Watchdog.Core.Retention;
using Watchdog.Core.Storage;
using Watchdog.Storage.Raw;
using Watchdog.Storage.Sql;
using Watchdog.Storage.Sql.Stores;

namespace Watchdog.Storage.Postgres;

/// <summary>
/// Raw bodies gzip-compressed in the <c>raw_bodies</c> bytea column, addressed by SHA-256 (identical bodies stored
/// once). In the database rather than on disk so every worker machine can read every body.
/// </summary>
public sealed class PostgresRawStore(PostgresDatabase database) : SqlRawStore(database)
{
    protected override async Task<string> StoreAsync(ReadOnlyMemory<byte> body, string hash, RawMetadata metadata, CancellationToken ct)
    {
        var known = await Database.ReadAsync(c => c.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM raw_bodies WHERE hash = @hash)",
            null, ct, ("@hash", hash)), ct);
        // Compress only bodies not stored yet: re-fetching an unchanged page is the common case.
        var compressed = known ? null : RawBodyCodec.Compress(body.Span);
        await Database.WriteAsync(async (connection, tx) =>
        {
            // Retention may have deleted a body known a moment ago; once locked here, it cannot until this commits.
            if (compressed is null && await connection.ScalarAsync<string>("SELECT hash FROM raw_bodies WHERE hash = @hash FOR KEY SHARE",
                    tx, ct, ("@hash", hash)) is null)
                compressed = RawBodyCodec.Compress(body.Span);
            if (compressed is not null)
            {
                await connection.ExecuteAsync(
                    """
                    INSERT INTO raw_bodies (hash, size, stored_size, body, first_seen) VALUES (@hash, @size, @stored_size, @body, @now)
                    ON CONFLICT (hash) DO NOTHING
                    """, tx, ct, ("@hash", hash), ("@size", (long)body.Length), ("@stored_size", (long)compressed.Length),
                    ("@body", compressed), ("@now", Database.Now()));
            }
            await RecordSightingAsync(connection, tx, hash, metadata, ct);
        }, ct);
        return hash;
    }

    /// <returns>The body with the metadata of its latest fetch; null when no body has this hash.</returns>
    public override async Task<RawEntry?> GetAsync(string hash, CancellationToken ct)
    {
        if (!RawBodyCodec.IsHash(hash)) return null;
        return await Database.ReadAsync(async c =>
        {
            var record = await LatestSightingAsync(c, hash, ct);
            if (record is null) return null;
            var compressed = await c.ScalarAsync<byte[]>("SELECT body FROM raw_bodies WHERE hash = @hash", null, ct, ("@hash", hash))
                ?? throw new InvalidDataException($"Raw body {hash} has metadata but no stored bytes.");
            using var stream = new MemoryStream(compressed);
            return new RawEntry(hash, RawBodyCodec.Decompress(stream, hash), record.Metadata);
        }, ct);
    }

    /// <remarks>The compressed bytes are in the deleted rows, so one transaction removes everything.</remarks>
    public override async Task<RawPurge> PurgeExpiredAsync(DateTimeOffset cutoff, int limit, CancellationToken ct)
    {
        var purged = await Database.WriteAsync((connection, tx) => DeleteExpiredBodiesAsync(connection, tx, cutoff, limit, ct), ct);
        return new RawPurge(purged.Count, purged.Sum(b => b.StoredSize));
    }

    /// <summary>FOR UPDATE conflicts with the FOR KEY SHARE a concurrent put (and its sighting's foreign key) takes.</summary>
    protected override Task LockBodiesAsync(DbConnection connection, DbTransaction tx, IReadOnlyList<string> hashes, CancellationToken ct) =>
        connection.ExecuteAsync("SELECT hash FROM raw_bodies WHERE hash = ANY(@hashes) ORDER BY hash FOR UPDATE", tx, ct, ("@hashes", hashes.ToArray()));
}
