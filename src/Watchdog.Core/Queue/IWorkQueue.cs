namespace Watchdog.Core.Queue;

/// <summary>Durable work queue. SQLite in the embedded default, PostgreSQL (FOR UPDATE SKIP LOCKED) when scaled out.</summary>
public interface IWorkQueue
{
    /// <returns>false when an unfinished item with the same dedup key already exists.</returns>
    Task<bool> EnqueueAsync(string kind, string payload, string? dedupKey, DateTimeOffset notBefore, CancellationToken ct);

    /// <summary>Leases up to <paramref name="max"/> due items of the given kinds, including items whose lease has expired.</summary>
    Task<IReadOnlyList<WorkItem>> LeaseAsync(IReadOnlyCollection<string> kinds, string owner, TimeSpan leaseFor, int max, CancellationToken ct);

    Task CompleteAsync(long id, CancellationToken ct);

    /// <summary>Returns the item to the queue to run again at <paramref name="retryAt"/>.</summary>
    Task RetryAsync(long id, string error, DateTimeOffset retryAt, CancellationToken ct);

    /// <summary>Sets the item aside with its error; it stays visible and never blocks the rest.</summary>
    Task QuarantineAsync(long id, string error, CancellationToken ct);

    Task<QueueCounts> CountAsync(CancellationToken ct);
    Task<IReadOnlyList<WorkItem>> ListQuarantinedAsync(int limit, CancellationToken ct);
}

public sealed record QueueCounts(long Pending, long Leased, long Done, long Quarantined);
