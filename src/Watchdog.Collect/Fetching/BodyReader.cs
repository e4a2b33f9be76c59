using System.Buffers;

namespace Watchdog.Collect.Fetching;

/// <summary>Reads a response body as a stream and stops as soon as it passes the size limit.</summary>
internal static class BodyReader
{
    private const int ChunkSize = 64 * 1024;

    /// <returns>The body, or null when it is larger than the limit (after decompression) and no prefix is kept;
    /// with <see cref="BodyLimit.KeepPrefix"/>, its first bytes and whether more followed.</returns>
    public static async Task<(byte[]? Body, bool Truncated)> ReadAsync(HttpContent content, BodyLimit limit, CancellationToken ct)
    {
        var maxBytes = limit.MaxBytes;
        // Content-Length is of the encoded body; a compressed body can still grow past the limit, so keep counting.
        if (!limit.KeepPrefix && content.Headers.ContentLength > maxBytes && content.Headers.ContentEncoding.Count == 0) return (null, false);
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk.AsMemory(0, ChunkSize), ct)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    if (!limit.KeepPrefix) return (null, false);
                    await buffer.WriteAsync(chunk.AsMemory(0, (int)(maxBytes - buffer.Length)), ct);
                    return (buffer.ToArray(), true);
                }
                await buffer.WriteAsync(chunk.AsMemory(0, read), ct);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return (buffer.ToArray(), false);
    }
}
