namespace Watchdog.Storage.Search;

/// <summary>
/// Shares one durable commit among every caller that asks within a short window, so many small index writes cost
/// one fsync instead of one each, while each caller still returns only after its own changes are committed.
/// </summary>
internal sealed class GroupCommit(Action commit, TimeSpan window)
{
    private readonly Lock _gate = new();
    private Task? _next;

    /// <summary>Completes after a commit that began after this call; changes made before the call are in it.</summary>
    public Task WaitAsync(CancellationToken ct)
    {
        lock (_gate)
        {
            _next ??= RunAsync();
            return _next.WaitAsync(ct);
        }
    }

    private async Task RunAsync()
    {
        await Task.Delay(window).ConfigureAwait(false);
        // From here on, callers wait for the following commit: their changes may come after this one has started.
        lock (_gate) _next = null;
        await Task.Run(commit).ConfigureAwait(false);
    }
}
