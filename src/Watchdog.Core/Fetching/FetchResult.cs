namespace Watchdog.Core.Fetching;

/// <summary>The outcome of one fetch. Failures are values with a reason, never exceptions.</summary>
public sealed record FetchResult
{
    public required Uri RequestedUrl { get; init; }
    public Uri? FinalUrl { get; init; }
    public required FetchOutcome Outcome { get; init; }
    public int StatusCode { get; init; }
    public string? ContentType { get; init; }
    /// <summary>The decoded body as bytes exactly as received (after content-encoding is undone).</summary>
    public byte[]? Body { get; init; }
    /// <summary>The body decoded to text with <see cref="Charset"/>, for text responses.</summary>
    public string? Text { get; init; }
    public string? Charset { get; init; }
    public string? ETag { get; init; }
    public DateTimeOffset? LastModified { get; init; }
    /// <summary>Lower-case hex SHA-256 of <see cref="Body"/>.</summary>
    public string? ContentHash { get; init; }
    public TimeSpan Elapsed { get; init; }
    public TimeSpan? RetryAfter { get; init; }
    /// <summary>For <see cref="FetchOutcome.Deferred"/>: when the host will likely have a turn for this request.</summary>
    public DateTimeOffset? DeferredUntil { get; init; }
    /// <summary>Human-readable reason for any outcome other than <see cref="FetchOutcome.Ok"/>.</summary>
    public string? Error { get; init; }
    /// <summary>True when <see cref="Body"/> is only the start of a longer body, read up to a limit on purpose (robots.txt).</summary>
    public bool Truncated { get; init; }

    public bool HasBody => Outcome == FetchOutcome.Ok && Body is not null;
}

public enum FetchOutcome
{
    Ok,
    /// <summary>304 answer to a conditional GET.</summary>
    NotModified,
    /// <summary>200 but the body hashes to the same content as last time.</summary>
    Unchanged,
    DisallowedByRobots,
    ClientError,
    ServerError,
    RateLimited,
    TooLarge,
    Timeout,
    NetworkError,
    TooManyRedirects,
    /// <summary>The address resolves to a private or loopback network that the configuration does not allow.</summary>
    BlockedAddress,
    InvalidUrl,
    UnsupportedContent,
    /// <summary>
    /// Nothing was sent: the host's politeness turn was not near and the request said it may come back later
    /// (<see cref="FetchRequest.MayDefer"/>); <see cref="FetchResult.DeferredUntil"/> says when. Not a failure.
    /// </summary>
    Deferred,
}
