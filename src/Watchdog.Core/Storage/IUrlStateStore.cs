namespace Watchdog.Core.Storage;

/// <summary>Validators and content hash per fetched URL, for conditional GET and "nothing fetched twice without need".</summary>
public interface IUrlStateStore
{
    Task<UrlState?> GetAsync(Uri url, CancellationToken ct);
    Task SaveAsync(UrlState state, CancellationToken ct);
}

public sealed record UrlState(Uri Url, string? ETag, DateTimeOffset? LastModified, string? ContentHash, DateTimeOffset LastFetchedAt, int LastStatus);
