namespace Watchdog.Pipeline.Stages;

/// <summary>
/// One step of the pipeline. A stage does its work for one input and says how it went; it never touches the queue:
/// the <see cref="Hosting.PipelineHost"/> leases, retries, quarantines and counts.
/// </summary>
public interface IStage<in TInput>
{
    Task<StageResult> ProcessAsync(TInput input, CancellationToken ct);
}

/// <summary>What the host should do with a work item after a stage ran, and the one status it counts for it.</summary>
public sealed record StageResult
{
    public required StageDisposition Disposition { get; init; }

    /// <summary>Metric label, e.g. <c>ok</c>, <c>not-modified</c>, <c>dup</c>, <c>not-article</c>, <c>failed</c>.</summary>
    public required string Status { get; init; }

    /// <summary>Why the item did not simply succeed; logged, and kept on the item when retried or quarantined.</summary>
    public string? Reason { get; init; }

    /// <summary>For <see cref="StageDisposition.Retry"/>: at the earliest after this long (e.g. a server's Retry-After).</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>For <see cref="StageDisposition.Deferred"/>: when to run the item again.</summary>
    public DateTimeOffset? DeferredUntil { get; init; }

    public static StageResult Done(string status, string? reason = null) =>
        new() { Disposition = StageDisposition.Done, Status = status, Reason = reason };

    public static StageResult Retry(string status, string reason, TimeSpan? after = null) =>
        new() { Disposition = StageDisposition.Retry, Status = status, Reason = reason, RetryAfter = after };

    /// <summary>The item could not start yet (its host's politeness turn is later): run it again at <paramref name="until"/>.</summary>
    public static StageResult Defer(DateTimeOffset until) =>
        new() { Disposition = StageDisposition.Deferred, Status = StageStatus.Deferred, DeferredUntil = until };

    public static StageResult Quarantine(string status, string reason) =>
        new() { Disposition = StageDisposition.Quarantine, Status = status, Reason = reason };
}

public enum StageDisposition
{
    /// <summary>Finished, whatever the outcome; the item is completed.</summary>
    Done,
    /// <summary>A passing failure (network, 5xx, 429): try again later, up to the configured number of tries.</summary>
    Retry,
    /// <summary>The item cannot succeed (bad payload, permanent failure worth a look): set aside with its reason.</summary>
    Quarantine,
    /// <summary>
    /// Not run yet, so no outcome and no try used up: back to the queue until <see cref="StageResult.DeferredUntil"/>,
    /// freeing the worker for other items (a page whose host is not free for a while).
    /// </summary>
    Deferred,
}

/// <summary>The status labels stages count, so the dashboard and tests do not depend on spelled-out strings.</summary>
public static class StageStatus
{
    public const string Ok = "ok";
    public const string NotModified = "not-modified";
    public const string Duplicate = "dup";
    public const string NotArticle = "not-article";
    public const string FromFeedContent = "from-feed-content";
    public const string Failed = "failed";
    public const string Gone = "gone";
    public const string Paused = "paused";
    public const string Disallowed = "disallowed";
    public const string Retry = "retry";
    public const string BadPayload = "bad-payload";
    public const string Crashed = "crashed";
    /// <summary>The worker's lease ran out and another worker leased the item: this run's outcome was not recorded.</summary>
    public const string LeaseLost = "lease-lost";
    /// <summary>Not an outcome, never counted among the item statuses: <see cref="Metrics.PipelineMetrics.CountDeferral"/> counts these.</summary>
    public const string Deferred = "deferred";
}
