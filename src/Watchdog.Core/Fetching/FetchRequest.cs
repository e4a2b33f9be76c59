namespace Watchdog.Core.Fetching;

/// <summary>One HTTP GET, with the validators remembered from the previous fetch of the same URL.</summary>
public sealed record FetchRequest(Uri Url)
{
    public string? ETag { get; init; }
    public DateTimeOffset? LastModified { get; init; }
    /// <summary>SHA-256 of the last body seen; lets the fetcher report "unchanged" when a server's validators lie.</summary>
    public string? PreviousContentHash { get; init; }
}
