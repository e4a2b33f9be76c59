using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Watchdog.Core.Queue;
using Watchdog.Pipeline.Configuration;
using Watchdog.Pipeline.Metrics;
using Watchdog.Pipeline.Stages;

namespace Watchdog.Pipeline.Hosting;

/// <summary>
/// Runs queue-fed stages: leases items, hands each to its stage, then completes, retries (counted, with backoff) or
/// quarantines it, and counts exactly one status per item per stage. Stages never touch the queue. An item its stage
/// deferred (its host's politeness turn is later) goes back to the queue until then without using up a try, and is
/// counted apart: it gets its status when it runs.
/// </summary>
/// <remarks>
/// On stop, leasing ends at once and in-flight items get <see cref="ShutdownGrace"/> to finish; an item still running
/// after that is abandoned while leased, so its lease expires and it runs again on the next start. Stores write each
/// item in one transaction, so nothing is half-written either way.
/// </remarks>
public sealed class PipelineHost
{
    /// <summary>Long enough for a fetch already under way to finish and write; short enough for systemd's stop timeout.</summary>
    public static readonly TimeSpan ShutdownGrace = TimeSpan.FromSeconds(10);

    /// <summary>Leases are renewed this many times per lease period, so a late heartbeat or two never loses one.</summary>
    public const int HeartbeatsPerLease = 3;

    /// <summary>Woken this long after a deferred item falls due, so the store's rounding of times never finds it not yet due.</summary>
    private static readonly TimeSpan DueSlack = TimeSpan.FromMilliseconds(5);

    private readonly IWorkQueue _queue;
    private readonly Dictionary<string, StageBinding> _bindings;
    private readonly LeaseOrder _leaseOrder;
    private readonly PipelineMetrics _metrics;
    private readonly WorkSignal _signal;
    private readonly TimeProvider _clock;
    private readonly PipelineSettings _settings;
    private readonly ILogger _logger;
    private readonly DeferredDueTimes _deferredDue = new();
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    public PipelineHost(
        IWorkQueue queue, IEnumerable<StageBinding> bindings, PipelineMetrics metrics, WorkSignal signal,
        TimeProvider clock, PipelineSettings settings, ILogger<PipelineHost>? logger = null)
    {
        _queue = queue;
        _bindings = bindings.ToDictionary(b => b.Kind, StringComparer.Ordinal);
        _leaseOrder = WorkKinds.LeaseOrderOf(_bindings.Keys);
        _metrics = metrics;
        _signal = signal;
        _clock = clock;
        _settings = settings;
        _logger = logger ?? NullLogger<PipelineHost>.Instance;
    }

    /// <summary>Processes items until <paramref name="stopping"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        using var abandon = new CancellationTokenSource();
        await using var _ = stopping.Register(() => abandon.CancelAfter(ShutdownGrace));
        var leased = Channel.CreateBounded<WorkItem>(_settings.Concurrency);
        var workers = Enumerable.Range(0, _settings.Concurrency)
            .Select(_ => Task.Run(() => ConsumeAsync(leased.Reader, abandon.Token), CancellationToken.None))
            .ToList();
        await using var heartbeat = StartHeartbeat();
        try
        {
            await LeaseLoopAsync(leased.Writer, stopping);
        }
        finally
        {
            leased.Writer.TryComplete();
            await Task.WhenAll(workers);
        }
    }

    /// <summary>Processes due items until none is left (tests, benchmarks, `watchdog reprocess`).</summary>
    /// <returns>How many items were processed.</returns>
    public async Task<int> DrainAsync(CancellationToken ct)
    {
        var processed = 0;
        await using var heartbeat = StartHeartbeat();
        while (true)
        {
            var items = await _queue.LeaseAsync(_leaseOrder, _owner, _settings.Lease.Value, _settings.Concurrency, ct);
            if (items.Count == 0)
            {
                // Items deferred by this drain are not due yet; without waiting for them they would be left behind.
                if (UntilNextDeferred() is not { } wait) return processed;
                await Task.Delay(wait, _clock, ct);
                continue;
            }
            var settled = await Task.WhenAll(items.Select(item => ProcessAsync(item, ct)));
            processed += settled.Count(done => done);
        }
    }

    /// <summary>Renews this process's leases until disposed: while it lives, its items stay its own; once it dies, they return.</summary>
    private LeaseHeartbeat StartHeartbeat() =>
        new(ct => _queue.RenewLeasesAsync(_owner, _settings.Lease.Value, ct), _settings.Lease.Value / HeartbeatsPerLease, _clock, _logger);

    private async Task LeaseLoopAsync(ChannelWriter<WorkItem> leased, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                // Lease only as many as the workers can start now, so leases do not run out while items wait.
                if (!await leased.WaitToWriteAsync(stopping)) return;
                IReadOnlyList<WorkItem> items;
                using (_metrics.Stages.Measure(PipelineStages.Queue))
                {
                    items = await _queue.LeaseAsync(_leaseOrder, _owner, _settings.Lease.Value, _settings.Concurrency, stopping);
                }
                foreach (var item in items) await leased.WriteAsync(item, stopping);
                if (items.Count == 0) await _signal.WaitAsync(IdleWait(), stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The store being briefly unavailable must not end the loop; the next poll tries again.
                _logger.LogError(e, "Leasing work failed; retrying in {Delay}", _settings.PollInterval);
                if (!await PauseAsync(_settings.PollInterval.Value, stopping)) return;
            }
        }
    }

    /// <summary>Until the next poll, or until an item this process deferred falls due if that is sooner.</summary>
    private TimeSpan IdleWait()
    {
        var poll = _settings.PollInterval.Value;
        return UntilNextDeferred() is { } wait && wait < poll ? wait : poll;
    }

    /// <summary>How long until the next item this process deferred is due (with <see cref="DueSlack"/>); null when none is waiting.</summary>
    private TimeSpan? UntilNextDeferred()
    {
        var now = _clock.GetUtcNow();
        return _deferredDue.NextAfter(now) is { } next ? next - now + DueSlack : null;
    }

    /// <returns>false when stopped during the pause.</returns>
    private async Task<bool> PauseAsync(TimeSpan delay, CancellationToken stopping)
    {
        try
        {
            await Task.Delay(delay, _clock, stopping);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task ConsumeAsync(ChannelReader<WorkItem> leased, CancellationToken abandon)
    {
        await foreach (var item in leased.ReadAllAsync(CancellationToken.None))
        {
            if (abandon.IsCancellationRequested) continue; // still leased; its lease expires and it runs again
            await ProcessAsync(item, abandon);
        }
    }

    /// <returns>Whether the item got its outcome: false when it was deferred, or left leased on stopping.</returns>
    private async Task<bool> ProcessAsync(WorkItem item, CancellationToken ct)
    {
        if (!_bindings.TryGetValue(item.Kind, out var binding))
        {
            return await SettleAsync(item, item.Kind, StageResult.Quarantine(StageStatus.BadPayload, $"no stage handles work of kind '{item.Kind}'"));
        }

        StageResult result;
        try
        {
            using (_metrics.Stages.Measure(item.Kind))
            {
                result = await binding.RunAsync(item.Payload, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            _logger.LogInformation("Stopped during {Kind} item {Id}; it stays leased and runs again after restart", item.Kind, item.Id);
            return false;
        }
        catch (Exception e)
        {
            // An unexpected failure crashes the item, never the process: it is retried and, if it keeps failing, quarantined.
            _logger.LogError(e, "{Kind} item {Id} crashed", item.Kind, item.Id);
            result = StageResult.Retry(StageStatus.Crashed, $"{e.GetType().Name}: {e.Message}");
        }
        return await SettleAsync(item, binding.Kind, result);
    }

    /// <returns>false when the item was deferred: it has no outcome yet.</returns>
    private async Task<bool> SettleAsync(WorkItem item, string stage, StageResult result)
    {
        // Settling is one short write that must happen even when stopping, or the item's outcome would be lost.
        var ct = CancellationToken.None;
        using var timing = _metrics.Stages.Measure(PipelineStages.Queue);
        var attempt = Math.Max(1, item.Attempts);
        var token = item.LeaseToken ?? "";
        switch (result.Disposition)
        {
            case StageDisposition.Deferred:
                var until = result.DeferredUntil ?? _clock.GetUtcNow();
                if (!await _queue.DeferAsync(item.Id, token, until, ct)) { LeaseLost(item, stage); return true; }
                _metrics.CountDeferral(stage);
                _deferredDue.Add(until);
                _logger.LogDebug("{Kind} item {Id} deferred until {Until}", stage, item.Id, until);
                return false;
            case StageDisposition.Done:
                if (!await _queue.CompleteAsync(item.Id, token, ct)) { LeaseLost(item, stage); return true; }
                _metrics.Count(stage, result.Status);
                break;
            case StageDisposition.Retry when attempt < _settings.MaxAttempts:
                var retryAt = _clock.GetUtcNow() + RetryBackoff.Delay(attempt, result.RetryAfter);
                if (!await _queue.RetryAsync(item.Id, token, result.Reason ?? result.Status, retryAt, ct)) { LeaseLost(item, stage); return true; }
                _metrics.Count(stage, StageStatus.Retry);
                _logger.LogWarning("{Kind} item {Id} failed (try {Attempt} of {Max}), retrying at {RetryAt}: {Reason}",
                    stage, item.Id, attempt, _settings.MaxAttempts, retryAt, result.Reason);
                break;
            default:
                var reason = result.Disposition == StageDisposition.Retry
                    ? $"gave up after {attempt} tries: {result.Reason}"
                    : result.Reason ?? result.Status;
                if (!await _queue.QuarantineAsync(item.Id, token, reason, ct)) { LeaseLost(item, stage); return true; }
                _metrics.Count(stage, result.Status);
                _logger.LogWarning("{Kind} item {Id} quarantined: {Reason}", stage, item.Id, reason);
                break;
        }
        return true;
    }

    /// <summary>The lease ran out and another worker holds the item now: its outcome is that worker's to record.</summary>
    private void LeaseLost(WorkItem item, string stage)
    {
        _metrics.Count(stage, StageStatus.LeaseLost);
        _logger.LogWarning("{Kind} item {Id}: lease lost to another worker before it was settled; its outcome is left to that worker", stage, item.Id);
    }
}
