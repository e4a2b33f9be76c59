namespace Watchdog.Core.Queue;

/// <summary>A unit of durable work. Items are leased, never popped: if a worker dies, the lease expires and the item runs again.</summary>
public sealed record WorkItem
{
    public long Id { get; init; }
    public required string Kind { get; init; }
    public required string Payload { get; init; }
    /// <summary>At most one pending item per key; enqueueing the same key again is a no-op.</summary>
    public string? DedupKey { get; init; }
    public int Attempts { get; init; }
    public DateTimeOffset NotBefore { get; init; }
    public string? LeaseOwner { get; init; }
    public DateTimeOffset? LeaseExpiresAt { get; init; }
    /// <summary>New for every lease; completing, retrying or quarantining needs it, so a worker whose lease was taken over changes nothing.</summary>
    public string? LeaseToken { get; init; }
    public string? LastError { get; init; }
}
