using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Watchdog.Pipeline.Configuration;

namespace Watchdog.Cli.CommandLine;

/// <summary>
/// Reads a local file a command was pointed at under the same size limit as a fetched response
/// (<c>Watchdog:Fetcher:MaxResponseBytes</c>): a 200 MB "feed" on disk is refused as one on the web is, not read whole.
/// </summary>
public static class LocalFile
{
    /// <exception cref="UsageException">The file does not exist.</exception>
    /// <exception cref="CommandFailedException">The file is larger than the limit.</exception>
    public static async Task<byte[]> ReadBytesAsync(ParseResult parse, string path, CancellationToken ct)
    {
        if (!File.Exists(path)) throw new UsageException($"'{path}' does not exist.");
        long limit;
        await using (var services = CliServices.Open(parse)) limit = services.GetRequiredService<IOptions<WatchdogOptions>>().Value.Fetcher.MaxResponseBytes;
        return await ReadBytesAsync(path, limit, ct);
    }

    /// <summary>Reads at most <paramref name="limit"/> + 1 bytes, so a file that grows, or a device, cannot make it read more.</summary>
    public static async Task<byte[]> ReadBytesAsync(string path, long limit, CancellationToken ct)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 64 * 1024, useAsync: true);
        if (file.CanSeek && file.Length > limit) throw TooLarge(path, limit);
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await file.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit) throw TooLarge(path, limit);
            await buffer.WriteAsync(chunk.AsMemory(0, read), ct);
        }
        return buffer.ToArray();
    }

    private static CommandFailedException TooLarge(string path, long limit) =>
        new($"'{path}' is larger than the {limit:N0}-byte limit that applies to fetched responses too (Watchdog:Fetcher:MaxResponseBytes)");
}
