namespace Watchdog.Core.Storage;

/// <summary>Every fetched body, kept compressed and addressed by its SHA-256 so extraction can be re-run over history.</summary>
public interface IRawStore
{
    /// <returns>The lower-case hex SHA-256 of <paramref name="body"/>.</returns>
    Task<string> PutAsync(ReadOnlyMemory<byte> body, RawMetadata metadata, CancellationToken ct);

    /// <summary>
    /// As <see cref="PutAsync(ReadOnlyMemory{byte}, RawMetadata, CancellationToken)"/> for a body whose lower-case hex
    /// SHA-256 the caller already computed (the fetcher does, to spot unchanged pages), so it is not computed twice.
    /// </summary>
    Task<string> PutAsync(ReadOnlyMemory<byte> body, string hash, RawMetadata metadata, CancellationToken ct);
    Task<RawEntry?> GetAsync(string hash, CancellationToken ct);
    IAsyncEnumerable<RawMetadata> ScanAsync(CancellationToken ct);
}

public sealed record RawMetadata(Uri Url, string? ContentType, string? Charset, DateTimeOffset FetchedAt, long SourceId);

public sealed record RawEntry(string Hash, byte[] Body, RawMetadata Metadata);
