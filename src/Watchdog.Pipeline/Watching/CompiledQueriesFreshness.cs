using Watchdog.Watch.Alerts;

namespace Watchdog.Pipeline.Watching;

/// <summary>
/// Keeps the <see cref="ArticleWatcher"/>'s compiled queries up to date: at most every check interval it compares the
/// store's revision with the compiled one and recompiles only on a change (made by this process or another, such as
/// the CLI). An in-process writer (the web API) asks for a check at the next article with <see cref="Invalidate"/>.
/// </summary>
public sealed class CompiledQueriesFreshness(ArticleWatcher watcher, TimeProvider clock, TimeSpan checkInterval) : IDisposable
{
    private readonly SemaphoreSlim _reloading = new(1, 1);
    private DateTimeOffset? _checkedAt;

    public void Invalidate() => _checkedAt = null;

    public async Task EnsureFreshAsync(CancellationToken ct)
    {
        if (IsFresh()) return;
        await _reloading.WaitAsync(ct);
        try
        {
            // Another worker may have reloaded while this one waited.
            if (IsFresh()) return;
            var started = clock.GetUtcNow();
            await watcher.ReloadIfChangedAsync(ct);
            _checkedAt = started;
        }
        finally
        {
            _reloading.Release();
        }
    }

    public void Dispose() => _reloading.Dispose();

    private bool IsFresh() => _checkedAt is { } checkedAt && clock.GetUtcNow() - checkedAt < checkInterval;
}
