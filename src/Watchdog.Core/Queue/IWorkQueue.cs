namespace Watchdog.Core.Queue;

/// <summary>Durable work queue. SQLite in the embedded default, PostgreSQL (FOR UPDATE SKIP LOCKED) when scaled out.</summary>
public interface IWorkQueue
{
    /// <returns>false when an unfinished item with the same dedup key already exists.</returns>
    Task<bool> EnqueueAsync(string kind, string payload, string? dedupKey, DateTimeOffset notBefore, CancellationToken ct);

    /// <summary>
    /// Leases up to <paramref name="max"/> due items of the kinds of <paramref name="order"/>, including items whose
    /// lease has expired, taking the due items of its earlier tiers first. Each lease gets a new
    /// <see cref="WorkItem.LeaseToken"/>: only its holder can settle the item.
    /// </summary>
    Task<IReadOnlyList<WorkItem>> LeaseAsync(LeaseOrder order, string owner, TimeSpan leaseFor, int max, CancellationToken ct);

    /// <summary>
    /// The heartbeat of a live worker: extends every lease <paramref name="owner"/> still holds to now +
    /// <paramref name="leaseFor"/>. A worker that dies stops renewing, so its items are leased again a short lease later.
    /// </summary>
    /// <returns>How many leases were extended.</returns>
    Task<int> RenewLeasesAsync(string owner, TimeSpan leaseFor, CancellationToken ct);

    /// <returns>false when the lease is no longer this token's (another worker leased the item since): nothing changed.</returns>
    Task<bool> CompleteAsync(long id, string leaseToken, CancellationToken ct);

    /// <summary>Returns the item to the queue to run again at <paramref name="retryAt"/>.</summary>
    /// <returns>false when the lease is no longer this token's: nothing changed.</returns>
    Task<bool> RetryAsync(long id, string leaseToken, string error, DateTimeOffset retryAt, CancellationToken ct);

    /// <summary>
    /// Returns the item to the queue to run at <paramref name="notBefore"/> without using up a try: it did not fail,
    /// it did not start (its host's politeness turn comes later). Its last error stays as it was.
    /// </summary>
    /// <returns>false when the lease is no longer this token's: nothing changed.</returns>
    Task<bool> DeferAsync(long id, string leaseToken, DateTimeOffset notBefore, CancellationToken ct);

    /// <summary>Sets the item aside with its error; it stays visible and never blocks the rest.</summary>
    /// <returns>false when the lease is no longer this token's: nothing changed.</returns>
    Task<bool> QuarantineAsync(long id, string leaseToken, string error, CancellationToken ct);

    Task<QueueCounts> CountAsync(CancellationToken ct);
    Task<IReadOnlyList<WorkItem>> ListQuarantinedAsync(int limit, CancellationToken ct);
}

public sealed record QueueCounts(long Pending, long Leased, long Done, long Quarantined);
