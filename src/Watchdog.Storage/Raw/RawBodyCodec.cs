using System.IO.Compression;
using System.Security.Cryptography;

namespace Watchdog.Storage.Raw;

/// <summary>How raw bodies are addressed (lower-case hex SHA-256) and kept (gzip), the same in every backend.</summary>
public static class RawBodyCodec
{
    /// <summary>Fetched pages are re-read rarely; the smaller files are worth more than the extra milliseconds of Optimal.</summary>
    private const CompressionLevel Level = CompressionLevel.Optimal;

    public static string Hash(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(SHA256.HashData(body));

    public static byte[] Compress(ReadOnlySpan<byte> body)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, Level, leaveOpen: true)) gzip.Write(body);
        return output.ToArray();
    }

    /// <exception cref="InvalidDataException">The stored bytes are not gzip or do not hash to <paramref name="expectedHash"/>.</exception>
    public static byte[] Decompress(Stream compressed, string expectedHash)
    {
        using var gzip = new GZipStream(compressed, CompressionMode.Decompress, leaveOpen: true);
        using var output = new MemoryStream();
        gzip.CopyTo(output);
        var body = output.ToArray();
        var actual = Hash(body);
        if (actual != expectedHash)
            throw new InvalidDataException($"Raw body {expectedHash} is corrupt: its content hashes to {actual}.");
        return body;
    }

    public static bool IsHash(string value) =>
        value.Length == 64 && value.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}
