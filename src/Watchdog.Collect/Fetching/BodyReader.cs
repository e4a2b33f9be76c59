using System.Buffers;

namespace Watchdog.Collect.Fetching;

/// <summary>Reads a response body as a stream and stops as soon as it passes the size limit.</summary>
internal static class BodyReader
{
    private const int ChunkSize = 64 * 1024;

    /// <returns>The body, or null when it is larger than <paramref name="maxBytes"/> (after decompression).</returns>
    public static async Task<byte[]?> ReadAsync(HttpContent content, long maxBytes, CancellationToken ct)
    {
        // Content-Length is of the encoded body; a compressed body can still grow past the limit, so keep counting.
        if (content.Headers.ContentLength > maxBytes && content.Headers.ContentEncoding.Count == 0) return null;
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk.AsMemory(0, ChunkSize), ct)) > 0)
            {
                if (buffer.Length + read > maxBytes) return null;
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return buffer.ToArray();
    }
}
