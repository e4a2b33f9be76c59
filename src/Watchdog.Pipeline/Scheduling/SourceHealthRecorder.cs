using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Watchdog.Collect.Scheduling;
using Watchdog.Core.Sources;
using Watchdog.Core.Storage;
using Watchdog.Pipeline.Configuration;

namespace Watchdog.Pipeline.Scheduling;

/// <summary>
/// Writes what happened to a source into its health (and so its next run), using <see cref="SourceSchedule"/>.
/// Updates to one source are serialised in this process, because refreshes and article fetches of the same source
/// finish concurrently and each reads, changes and writes the whole record.
/// </summary>
public sealed class SourceHealthRecorder(ISourceStore sources, TimeProvider clock, IOptions<WatchdogOptions> options)
{
    private readonly ConcurrentDictionary<long, SemaphoreSlim> _gates = new();
    private readonly ConcurrentDictionary<long, long> _unsavedStored = new();
    private readonly ScheduleOptions _schedule = new() { PauseAfterFailures = options.Value.Pipeline.PauseAfterFailures };

    /// <param name="resolvedKind">What an Auto source turned out to be; kept so the next refresh need not guess.</param>
    public Task<Source?> RecordSuccessAsync(long sourceId, SourceKind resolvedKind, string? title, CancellationToken ct) =>
        UpdateAsync(sourceId, source =>
        {
            var health = SourceSchedule.AfterSuccess(source, clock.GetUtcNow(), itemsStored: 0, Random.Shared, _schedule);
            return source with
            {
                Kind = source.Kind == SourceKind.Auto ? resolvedKind : source.Kind,
                Title = source.Title ?? title,
                Health = KeepOperatorPause(source, health),
            };
        }, ct);

    public Task<Source?> RecordFailureAsync(long sourceId, string error, TimeSpan? retryAfter, CancellationToken ct) =>
        UpdateAsync(sourceId, source => source with
        {
            Health = KeepOperatorPause(source, SourceSchedule.AfterFailure(source, clock.GetUtcNow(), error, Random.Shared, retryAfter, _schedule)),
        }, ct);

    /// <summary>
    /// Adds stored articles to the source's count. Calls for one source that wait on each other share one write: the
    /// first to get through saves every count added so far, and the rest find nothing left to save.
    /// </summary>
    public async Task RecordStoredAsync(long sourceId, long articles, CancellationToken ct)
    {
        _unsavedStored.AddOrUpdate(sourceId, articles, (_, unsaved) => unsaved + articles);
        var gate = GateOf(sourceId);
        await gate.WaitAsync(ct);
        try
        {
            var count = _unsavedStored.TryRemove(sourceId, out var unsaved) ? unsaved : 0;
            if (count == 0) return;
            try
            {
                // Under the source's gate, so no read-change-write of the whole record overwrites the addition.
                await sources.AddItemsStoredAsync(sourceId, count, ct);
            }
            catch
            {
                // Not saved (e.g. cancelled): keep the count for the next call rather than lose it.
                _unsavedStored.AddOrUpdate(sourceId, count, (_, later) => later + count);
                throw;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Moves a due source's next run one interval ahead as it is queued, so the scheduler does not queue it again
    /// while its refresh waits or runs; the refresh then sets the real next run (with jitter or backoff).
    /// </summary>
    public Task<Source?> RecordQueuedAsync(long sourceId, CancellationToken ct) =>
        UpdateAsync(sourceId, source => source with
        {
            Health = source.Health with { NextRunAt = clock.GetUtcNow() + source.Interval },
        }, ct);

    /// <summary>A refresh that was under way when the operator paused the source must not silently resume it.</summary>
    private static SourceHealth KeepOperatorPause(Source before, SourceHealth after) =>
        before.Health.Status == SourceStatus.Paused
            ? after with { Status = SourceStatus.Paused, PausedReason = before.Health.PausedReason, NextRunAt = null }
            : after;

    private async Task<Source?> UpdateAsync(long sourceId, Func<Source, Source> change, CancellationToken ct)
    {
        var gate = GateOf(sourceId);
        await gate.WaitAsync(ct);
        try
        {
            return await ChangeAsync(sourceId, change, ct);
        }
        finally
        {
            gate.Release();
        }
    }

    private SemaphoreSlim GateOf(long sourceId) => _gates.GetOrAdd(sourceId, _ => new SemaphoreSlim(1, 1));

    /// <summary>Reads, changes and writes the record; the caller holds the source's gate.</summary>
    private async Task<Source?> ChangeAsync(long sourceId, Func<Source, Source> change, CancellationToken ct)
    {
        try
        {
            var source = await sources.GetAsync(sourceId, ct);
            if (source is null) return null; // removed meanwhile
            var changed = change(source);
            await sources.UpdateAsync(changed, ct);
            return changed;
        }
        catch (KeyNotFoundException)
        {
            return null; // removed between the read and the write
        }
    }
}
