namespace Watchdog.Core.Fetching;

/// <summary>One HTTP GET, with the validators remembered from the previous fetch of the same URL.</summary>
public sealed record FetchRequest(Uri Url)
{
    public string? ETag { get; init; }
    public DateTimeOffset? LastModified { get; init; }
    /// <summary>SHA-256 of the last body seen; lets the fetcher report "unchanged" when a server's validators lie.</summary>
    public string? PreviousContentHash { get; init; }
    /// <summary>
    /// The caller can come back later (a queued item): when the host's politeness turn is not near, the fetch sends
    /// nothing and returns <see cref="FetchOutcome.Deferred"/> with the time to come back, instead of waiting for it.
    /// </summary>
    public bool MayDefer { get; init; }
}
