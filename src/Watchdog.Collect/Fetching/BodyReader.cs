using System.Buffers;

namespace Watchdog.Collect.Fetching;

/// <summary>
/// Reads a response body as a stream and stops as soon as it passes the size limit. The body is read into pooled
/// buffers and only its final copy is allocated, at its exact size: read through a growing MemoryStream, a 190 KB page
/// left its 128 and 256 KB buffers and a copy behind on the large-object heap, which only a full collection frees
/// (README, Memory).
/// </summary>
internal static class BodyReader
{
    /// <summary>The first buffer when the body's length is not known in advance; doubled as needed.</summary>
    private const int InitialBufferSize = 64 * 1024;

    /// <returns>The body, or null when it is larger than the limit (after decompression) and no prefix is kept;
    /// with <see cref="BodyLimit.KeepPrefix"/>, its first bytes and whether more followed.</returns>
    public static async Task<(byte[]? Body, bool Truncated)> ReadAsync(HttpContent content, BodyLimit limit, CancellationToken ct)
    {
        var maxBytes = limit.MaxBytes;
        // Content-Length is of the encoded body; a compressed body can still grow past the limit, so keep counting.
        if (!limit.KeepPrefix && content.Headers.ContentLength > maxBytes && content.Headers.ContentEncoding.Count == 0) return (null, false);
        await using var stream = await content.ReadAsStreamAsync(ct);
        var buffer = ArrayPool<byte>.Shared.Rent(InitialSize(content, maxBytes));
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length) buffer = Grown(buffer);
                var read = await stream.ReadAsync(buffer.AsMemory(length), ct);
                if (read == 0) return (buffer.AsSpan(0, length).ToArray(), false);
                if (length + read > maxBytes) return limit.KeepPrefix ? (buffer.AsSpan(0, (int)maxBytes).ToArray(), true) : (null, false);
                length += read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The declared length and one byte (to see the end without growing) when it is known and plain; else the default.</summary>
    private static int InitialSize(HttpContent content, long maxBytes) =>
        content.Headers.ContentLength is { } declared && content.Headers.ContentEncoding.Count == 0 && declared < maxBytes && declared < int.MaxValue
            ? (int)declared + 1
            : InitialBufferSize;

    private static byte[] Grown(byte[] full)
    {
        var larger = ArrayPool<byte>.Shared.Rent(full.Length * 2);
        full.CopyTo(larger, 0);
        ArrayPool<byte>.Shared.Return(full);
        return larger;
    }
}
