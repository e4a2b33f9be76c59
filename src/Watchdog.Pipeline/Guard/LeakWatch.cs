using Microsoft.Extensions.Logging;
using Watchdog.Core.Articles;
using Watchdog.Core.Guard;

namespace Watchdog.Pipeline.Guard;

/// <summary>
/// Checks each newly stored article against the registered confidential documents and records the findings. Keeps
/// the fingerprints in memory and, at most every check interval, asks the store for its revision, reloading only
/// when documents changed (here or in another process such as the CLI). <see cref="Invalidate"/> makes the next
/// article check at once, for a change made in this process.
/// </summary>
public sealed class LeakWatch(ILeakStore store, LeakFindingRecorder recorder, TimeProvider clock, TimeSpan checkInterval, ILogger<LeakWatch> logger)
    : IDisposable
{
    private readonly SemaphoreSlim _reloading = new(1, 1);
    private volatile LoadedLeakIndex? _loaded;
    private DateTimeOffset? _checkedAt;

    public void Invalidate() => _checkedAt = null;

    /// <returns>The findings newly recorded for the article (none when it was checked before).</returns>
    public async Task<IReadOnlyList<LeakFinding>> CheckAsync(Article article, CancellationToken ct)
    {
        var loaded = await EnsureFreshAsync(ct);
        if (loaded.Index.Count == 0) return [];
        return await recorder.RecordAsync(LeakArticleCheck.Run(loaded.Index, article, clock.GetUtcNow()), ct);
    }

    public void Dispose() => _reloading.Dispose();

    private async Task<LoadedLeakIndex> EnsureFreshAsync(CancellationToken ct)
    {
        if (FreshOrNull(_loaded) is { } fresh) return fresh;
        await _reloading.WaitAsync(ct);
        try
        {
            // Another worker may have reloaded while this one waited.
            if (FreshOrNull(_loaded) is { } reloaded) return reloaded;
            var started = clock.GetUtcNow();
            var current = _loaded;
            if (current is null || current.Revision != await store.GetRevisionAsync(ct))
            {
                current = await LeakIndexLoader.LoadAsync(store, onlyDocumentId: null, logger, ct);
                _loaded = current;
                logger.LogInformation("Leak watch loaded {Count} confidential document fingerprints (revision {Revision})", current.Index.Count, current.Revision);
            }
            _checkedAt = started;
            return current;
        }
        finally
        {
            _reloading.Release();
        }
    }

    private LoadedLeakIndex? FreshOrNull(LoadedLeakIndex? loaded) =>
        loaded is not null && _checkedAt is { } checkedAt && clock.GetUtcNow() - checkedAt < checkInterval ? loaded : null;
}
