using System.Collections.Concurrent;

namespace Watchdog.Collect.Fetching;

/// <summary>
/// Per-host politeness for one host:port. With a delay, requests go one at a time and each starts at least the
/// delay after the previous one ended, so the host sees the gap whatever the network jitter or response time.
/// Without a delay (benchmarks, one's own sites), up to the concurrency limit run at once.
/// </summary>
internal sealed class HostThrottle(int concurrency, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, HostSlot> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IDisposable> EnterAsync(string hostKey, TimeSpan minDelay, CancellationToken ct)
    {
        var slot = _hosts.GetOrAdd(hostKey, _ => new HostSlot(concurrency));
        var spaced = minDelay > TimeSpan.Zero;
        await slot.Concurrent.WaitAsync(ct);
        try
        {
            if (spaced) await slot.Sequential.WaitAsync(ct);
            try
            {
                TimeSpan wait;
                lock (slot) wait = slot.NextStart - time.GetUtcNow();
                if (wait > TimeSpan.Zero) await Task.Delay(wait, time, ct);
                return new Lease(slot, spaced ? minDelay : null, time);
            }
            catch
            {
                if (spaced) slot.Sequential.Release();
                throw;
            }
        }
        catch
        {
            slot.Concurrent.Release();
            throw;
        }
    }

    private sealed class HostSlot(int concurrency)
    {
        public SemaphoreSlim Concurrent { get; } = new(concurrency, concurrency);
        public SemaphoreSlim Sequential { get; } = new(1, 1);
        public DateTimeOffset NextStart { get; set; }
    }

    /// <param name="delay">Null when the request was not spaced (no delay configured).</param>
    private sealed class Lease(HostSlot slot, TimeSpan? delay, TimeProvider time) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0) return;
            if (delay is { } gap)
            {
                lock (slot) slot.NextStart = time.GetUtcNow() + gap;
                slot.Sequential.Release();
            }
            slot.Concurrent.Release();
        }
    }
}
