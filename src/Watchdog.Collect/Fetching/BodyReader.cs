using System.Buffers;

namespace Watchdog.Collect.Fetching;

/// <summary>
/// Reads a response body as a stream and stops as soon as it passes the size limit. The body ends up in one array of
/// exactly its length, and nothing else of its size is allocated on the way: a real news page (≈ 190 KB) is a large
/// object, freed only by a full collection, so every extra copy of it (a MemoryStream doubling 64 → 128 → 256 KB, then
/// its ToArray) was garbage the service kept until the next one (README, Memory).
/// </summary>
internal static class BodyReader
{
    /// <summary>Pieces of a body of unknown length are read into pooled buffers of this size (under the 85,000-byte large-object threshold).</summary>
    private const int ChunkSize = 64 * 1024;

    /// <returns>The body, or null when it is larger than the limit (after decompression) and no prefix is kept;
    /// with <see cref="BodyLimit.KeepPrefix"/>, its first bytes and whether more followed.</returns>
    public static async Task<(byte[]? Body, bool Truncated)> ReadAsync(HttpContent content, BodyLimit limit, CancellationToken ct)
    {
        var maxBytes = limit.MaxBytes;
        // Content-Length is of the encoded body; a compressed body can still grow past the limit, so keep counting.
        var declared = content.Headers.ContentEncoding.Count == 0 ? content.Headers.ContentLength : null;
        if (!limit.KeepPrefix && declared > maxBytes) return (null, false);
        await using var stream = await content.ReadAsStreamAsync(ct);
        var pieces = new BodyPieces(maxBytes);
        try
        {
            // A declared length is read straight into an array of that size, which is the body when the length was true.
            if (declared is > 0 and var length)
            {
                var exact = new byte[Math.Min(length, maxBytes)];
                var read = await stream.ReadAtLeastAsync(exact, exact.Length, throwOnEndOfStream: false, ct);
                pieces.Add(exact, read);
            }
            while (true)
            {
                // Each chunk is filled before the next is taken. A socket read returns a few KB, and one chunk a read
                // held ≈ 1 MB of chunks for a 190 KB page, more than the shared pool keeps: most were new arrays.
                var chunk = pieces.RentChunk();
                var read = await stream.ReadAtLeastAsync(chunk.AsMemory(0, ChunkSize), ChunkSize, throwOnEndOfStream: false, ct);
                if (read > 0 && !pieces.Add(chunk, read)) return limit.KeepPrefix ? (pieces.ToArray(), true) : (null, false);
                if (read < ChunkSize) break; // the end of the body
            }
            return (pieces.ToArray(), false);
        }
        finally
        {
            pieces.ReturnChunks();
        }
    }

    /// <summary>The pieces read so far, up to the limit; the pooled ones go back to the pool when the body is read.</summary>
    private sealed class BodyPieces(long maxBytes)
    {
        private readonly List<(byte[] Buffer, int Length)> _pieces = [];
        private readonly List<byte[]> _rented = [];
        private long _total;

        public byte[] RentChunk()
        {
            var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
            _rented.Add(chunk);
            return chunk;
        }

        /// <returns>False when <paramref name="length"/> more bytes pass the limit: then only the bytes up to it are kept.</returns>
        public bool Add(byte[] buffer, int length)
        {
            var room = maxBytes - _total;
            var kept = (int)Math.Min(length, room);
            if (kept > 0) _pieces.Add((buffer, kept));
            _total += kept;
            return length <= room;
        }

        /// <summary>The body in one array of its length; the array read into when it is the only piece and exactly full.</summary>
        public byte[] ToArray()
        {
            if (_pieces is [var only] && only.Length == only.Buffer.Length && !_rented.Contains(only.Buffer)) return only.Buffer;
            var body = new byte[_total];
            var at = 0;
            foreach (var (buffer, length) in _pieces)
            {
                buffer.AsSpan(0, length).CopyTo(body.AsSpan(at));
                at += length;
            }
            return body;
        }

        public void ReturnChunks()
        {
            foreach (var chunk in _rented) ArrayPool<byte>.Shared.Return(chunk);
            _rented.Clear();
        }
    }
}
