namespace Watchdog.Pipeline.Hosting;

/// <summary>
/// Wakes idle pipeline loops in this process as soon as new work is enqueued, instead of waiting for the next poll.
/// Work enqueued by another process is still found by polling.
/// </summary>
public sealed class WorkSignal : IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        // At most one pending wake-up: several notifications before a wait collapse into one.
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
        }
    }

    /// <returns>true when woken by <see cref="Notify"/>, false when the timeout passed.</returns>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);

    public void Dispose() => _signal.Dispose();
}
