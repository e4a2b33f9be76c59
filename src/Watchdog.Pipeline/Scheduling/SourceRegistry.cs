using Watchdog.Core.Queue;
using Watchdog.Core.Sources;
using Watchdog.Core.Storage;
using Watchdog.Pipeline.Configuration;
using Watchdog.Pipeline.Hosting;
using Watchdog.Pipeline.Stages;

namespace Watchdog.Pipeline.Scheduling;

/// <summary>
/// What an operator can do to the source list — add, pause, resume, remove, refresh now — with the same checks
/// whether it comes from the CLI, the REST API or watchdog.yaml.
/// </summary>
public sealed class SourceRegistry(ISourceStore sources, IWorkQueue queue, WorkSignal signal, TimeProvider clock, SourceTitles titles)
{
    public const string PausedByOperator = "paused by operator";

    /// <summary>Adds the source, or returns the one already watching the same URL.</summary>
    /// <exception cref="InvalidSourceException">The URL or interval is not acceptable; the message says why.</exception>
    public async Task<SourceAddResult> AddAsync(SourceDraft draft, CancellationToken ct)
    {
        if (!SourceUrl.TryParse(draft.Url, out var url, out var reason)) throw new InvalidSourceException($"Source URL {reason}");
        if (draft.Every < WatchdogOptionsValidator.MinimumSourceInterval)
            throw new InvalidSourceException($"Source interval {new Duration(draft.Every)} is shorter than the minimum {new Duration(WatchdogOptionsValidator.MinimumSourceInterval)}.");

        var existing = await sources.FindByUrlAsync(url, ct);
        if (existing is not null) return new SourceAddResult(existing, Added: false);
        var stored = await sources.AddAsync(new Source
        {
            Url = url,
            // A social account, channel or thread is known by its address; anything else is resolved on first fetch.
            Kind = draft.Kind == SourceKind.Auto ? Collect.Social.SocialSourceDetector.Detect(url) ?? SourceKind.Auto : draft.Kind,
            Interval = draft.Every,
            Tags = draft.Tags.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct(StringComparer.Ordinal).ToList(),
            Title = draft.Title,
            Limits = draft.Limits ?? CrawlLimits.Default,
            CreatedAt = clock.GetUtcNow(),
        }, ct);
        titles.Invalidate();
        return new SourceAddResult(stored, Added: true);
    }

    /// <returns>The paused source, or null when there is no source with that id.</returns>
    public Task<Source?> PauseAsync(long id, CancellationToken ct) =>
        ChangeAsync(id, source => source with
        {
            Health = source.Health with { Status = SourceStatus.Paused, PausedReason = PausedByOperator, NextRunAt = null },
        }, ct);

    /// <summary>Resumes a source paused by the operator or by repeated failures; it runs at once with a clean failure count.</summary>
    public Task<Source?> ResumeAsync(long id, CancellationToken ct) =>
        ChangeAsync(id, source => source with
        {
            Health = source.Health with
            {
                Status = source.Health.LastFetchAt is null ? SourceStatus.New : SourceStatus.Ok,
                PausedReason = null,
                ConsecutiveFailures = 0,
                NextRunAt = clock.GetUtcNow(),
            },
        }, ct);

    public async Task<bool> RemoveAsync(long id, CancellationToken ct)
    {
        var removed = await sources.RemoveAsync(id, ct);
        titles.Invalidate();
        return removed;
    }

    /// <summary>Queues a refresh of the given source (or of every source not paused) to run now, whatever its schedule.</summary>
    /// <returns>The sources queued; empty when the id does not exist or the source is paused.</returns>
    public async Task<IReadOnlyList<Source>> RefreshNowAsync(long? id, CancellationToken ct)
    {
        IReadOnlyList<Source> chosen = id is { } one
            ? await sources.GetAsync(one, ct) is { } found ? [found] : []
            : await sources.ListAsync(ct);
        var queued = new List<Source>();
        foreach (var source in chosen.Where(s => s.Health.Status != SourceStatus.Paused))
        {
            await EnqueueRefreshAsync(queue, source.Id, clock.GetUtcNow(), ct);
            queued.Add(source);
        }
        if (queued.Count > 0) signal.Notify();
        return queued;
    }

    /// <returns>false when a refresh of this source is already waiting or running.</returns>
    public static Task<bool> EnqueueRefreshAsync(IWorkQueue queue, long sourceId, DateTimeOffset notBefore, CancellationToken ct) =>
        queue.EnqueueAsync(WorkKinds.RefreshSource, PayloadJson.Serialize(new RefreshSourceInput(sourceId)),
            WorkKinds.RefreshSourceKey(sourceId), notBefore, ct);

    private async Task<Source?> ChangeAsync(long id, Func<Source, Source> change, CancellationToken ct)
    {
        var source = await sources.GetAsync(id, ct);
        if (source is null) return null;
        var changed = change(source);
        await sources.UpdateAsync(changed, ct);
        titles.Invalidate();
        return changed;
    }
}

/// <summary>A source as an operator asks for it, before validation.</summary>
public sealed record SourceDraft(string Url)
{
    public TimeSpan Every { get; init; } = TimeSpan.FromMinutes(10);
    public IReadOnlyList<string> Tags { get; init; } = [];
    public SourceKind Kind { get; init; } = SourceKind.Auto;
    public string? Title { get; init; }
    public CrawlLimits? Limits { get; init; }
}

public sealed record SourceAddResult(Source Source, bool Added);

/// <summary>A source an operator asked for cannot be accepted (bad URL, too short an interval); the message says why. An <see cref="ArgumentException"/> so callers that catch those keep working.</summary>
public sealed class InvalidSourceException(string message) : ArgumentException(message);
