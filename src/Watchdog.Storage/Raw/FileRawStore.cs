using Watchdog.Core.Retention;
using Watchdog.Core.Storage;
using Watchdog.Storage.Sql;
using Watchdog.Storage.Sql.Stores;

namespace Watchdog.Storage.Raw;

/// <summary>
/// Raw bodies as gzip files <c>ab/cd/&lt;hash&gt;.gz</c> under the raw folder, addressed by SHA-256 (identical bodies
/// stored once), with their metadata rows in the embedded database.
/// </summary>
public sealed class FileRawStore(string rawFolder, ISqlDatabase database) : SqlRawStore(database)
{
    /// <summary>A body file being deleted by retention; a crash can leave one behind, which nothing reads.</summary>
    private const string PurgedSuffix = ".purged";

    protected override async Task<string> StoreAsync(ReadOnlyMemory<byte> body, string hash, RawMetadata metadata, CancellationToken ct)
    {
        var path = RawFileLayout.PathFor(rawFolder, hash);
        var storedSize = File.Exists(path) ? new FileInfo(path).Length : WriteFile(path, body.Span);
        // The file goes first: a crash between the two writes leaves an unreferenced file, which the next put of
        // the same body reuses; a row never points at a missing file.
        await Database.WriteAsync(async (connection, tx) =>
        {
            // Retention may have deleted the file since the look above; its deletion and this write are serialised by the
            // write lock, so looking again here never leaves a row without its file.
            if (!File.Exists(path)) storedSize = WriteFile(path, body.Span);
            await connection.ExecuteAsync(
                """
                INSERT INTO raw_bodies (hash, size, stored_size, first_seen) VALUES (@hash, @size, @stored_size, @now)
                ON CONFLICT (hash) DO NOTHING
                """, tx, ct, ("@hash", hash), ("@size", body.Length), ("@stored_size", storedSize), ("@now", Database.Now()));
            await RecordSightingAsync(connection, tx, hash, metadata, ct);
        }, ct);
        return hash;
    }

    /// <returns>The body with the metadata of its latest fetch; null when no body has this hash.</returns>
    public override async Task<RawEntry?> GetAsync(string hash, CancellationToken ct)
    {
        if (!RawBodyCodec.IsHash(hash)) return null;
        var record = await Database.ReadAsync(c => LatestSightingAsync(c, hash, ct), ct);
        if (record is null) return null;
        FileStream file;
        try
        {
#pragma warning disable CA2000 // disposed by the await using below (nothing runs in between)
            file = File.OpenRead(RawFileLayout.PathFor(rawFolder, hash));
#pragma warning restore CA2000
        }
        catch (FileNotFoundException)
        {
            // Deleted by retention between the two reads: the body is gone, as if the row had been too.
            return null;
        }
        await using (file) return new RawEntry(hash, RawBodyCodec.Decompress(file, hash), record.Metadata);
    }

    /// <remarks>
    /// The files are moved aside inside the transaction that deletes their rows, so a put of the same body that commits
    /// after it finds no file and writes it again; they are deleted once the rows are gone for good, and put back if not.
    /// </remarks>
    public override async Task<RawPurge> PurgeExpiredAsync(DateTimeOffset cutoff, int limit, CancellationToken ct)
    {
        var movedAside = new List<(string Path, string Aside)>();
        List<ExpiredBody> purged;
        try
        {
            purged = await Database.WriteAsync(async (connection, tx) =>
            {
                var bodies = await DeleteExpiredBodiesAsync(connection, tx, cutoff, limit, ct);
                foreach (var body in bodies)
                {
                    var path = RawFileLayout.PathFor(rawFolder, body.Hash);
                    if (!File.Exists(path)) continue;
                    File.Move(path, path + PurgedSuffix, overwrite: true);
                    movedAside.Add((path, path + PurgedSuffix));
                }
                return bodies;
            }, ct);
        }
        catch
        {
            // Nothing was committed, so the rows are still there: their files must be too.
            foreach (var (path, aside) in movedAside.Where(m => File.Exists(m.Aside))) File.Move(aside, path, overwrite: true);
            throw;
        }
        foreach (var (_, aside) in movedAside) File.Delete(aside);
        return new RawPurge(purged.Count, purged.Sum(b => b.StoredSize));
    }

    /// <summary>
    /// Writes to a temporary file beside the target, then renames: readers see the whole file or none. No fsync:
    /// a killed process loses nothing the OS already has, and a body lost to a power cut is fetched again.
    /// </summary>
    /// <remarks>
    /// Synchronous: the compressor hands its output over in blocks of a few KB, each a write into the OS's page cache
    /// that takes microseconds, where an asynchronous write would be a hop through the thread pool per block.
    /// </remarks>
    /// <returns>The size of the compressed file.</returns>
    private static long WriteFile(string path, ReadOnlySpan<byte> body)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            long storedSize;
            // No buffer of the stream's own: the compressor already writes in blocks.
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0))
            {
                RawBodyCodec.CompressTo(body, file);
                storedSize = file.Length;
            }
            // A concurrent put of the same body may have renamed first; its file holds the same bytes.
            File.Move(temp, path, overwrite: true);
            return storedSize;
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
