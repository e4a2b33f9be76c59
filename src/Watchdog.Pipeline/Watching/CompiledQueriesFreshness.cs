using Watchdog.Watch.Alerts;

namespace Watchdog.Pipeline.Watching;

/// <summary>
/// Keeps the <see cref="ArticleWatcher"/>'s compiled queries no older than the reload interval, and lets an in-process
/// writer (the web API) ask for a reload at the next article with <see cref="Invalidate"/>.
/// </summary>
public sealed class CompiledQueriesFreshness(ArticleWatcher watcher, TimeProvider clock, TimeSpan reloadInterval) : IDisposable
{
    private readonly SemaphoreSlim _reloading = new(1, 1);
    private DateTimeOffset? _loadedAt;

    public void Invalidate() => _loadedAt = null;

    public async Task EnsureFreshAsync(CancellationToken ct)
    {
        if (IsFresh()) return;
        await _reloading.WaitAsync(ct);
        try
        {
            // Another worker may have reloaded while this one waited.
            if (IsFresh()) return;
            var started = clock.GetUtcNow();
            await watcher.ReloadAsync(ct);
            _loadedAt = started;
        }
        finally
        {
            _reloading.Release();
        }
    }

    public void Dispose() => _reloading.Dispose();

    private bool IsFresh() => _loadedAt is { } loaded && clock.GetUtcNow() - loaded < reloadInterval;
}
