using System.Collections.Concurrent;

namespace Watchdog.Collect.Fetching;

/// <summary>
/// Per-host politeness for one host:port. With a delay, requests go one at a time and each starts at least the
/// delay after the previous one ended, so the host sees the gap whatever the network jitter or response time.
/// Without a delay (benchmarks, one's own sites), up to the concurrency limit run at once.
/// A caller that can come back later (a queued page) waits at most <see cref="MaxWaitInPlace"/>; when the host's turn
/// is further off, it is told when to come back instead (<see cref="HostTurns.ComeBackAt"/>), and frees its worker.
/// </summary>
internal sealed class HostThrottle(int concurrency, TimeProvider time)
{
    /// <summary>
    /// The longest a caller that can come back later waits here. About a page's own fetch time: waiting that long
    /// costs a worker no more than the fetch will, while going back to the queue costs two small writes and a
    /// return a turn later. With the default 1 s delay, only a host that is already nearly free is waited for.
    /// </summary>
    public static readonly TimeSpan MaxWaitInPlace = TimeSpan.FromMilliseconds(250);

    private readonly ConcurrentDictionary<string, HostSlot> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="patience">
    /// How long the caller may wait (at most twice this in all: for the slot, then for the gap); null to wait however
    /// long it takes (robots.txt, a redirect's next hop, the pages a refresh reads after its source's own).
    /// </param>
    /// <returns>The turn, to dispose when the request ended; or, past the patience, when to come back.</returns>
    public async Task<HostEntry> EnterAsync(string hostKey, TimeSpan minDelay, TimeSpan? patience, CancellationToken ct)
    {
        var slot = _hosts.GetOrAdd(hostKey, _ => new HostSlot(concurrency));
        var spaced = minDelay > TimeSpan.Zero;
        var capacity = spaced ? 1 : concurrency;
        var limit = patience ?? Timeout.InfiniteTimeSpan;
        if (patience is { } bound)
        {
            // Not even queued behind the semaphores: a host that is busy for longer sends the caller away at once.
            lock (slot.Turns)
            {
                var now = time.GetUtcNow();
                if (slot.Turns.FreeAt(now, minDelay, capacity) - now > bound) return ComeBack(slot, minDelay, capacity, limit);
            }
        }
        if (!await slot.AcquireAsync(spaced, limit, ct)) return ComeBack(slot, minDelay, capacity, limit);
        try
        {
            TimeSpan wait;
            lock (slot.Turns) wait = slot.Turns.NextStart - time.GetUtcNow();
            if (patience is { } most && wait > most)
            {
                slot.Release(spaced);
                return ComeBack(slot, minDelay, capacity, limit);
            }
            if (wait > TimeSpan.Zero) await Task.Delay(wait, time, ct);
            DateTimeOffset entered;
            lock (slot.Turns)
            {
                entered = time.GetUtcNow();
                slot.Turns.Entered(entered);
            }
#pragma warning disable CA2000 // the caller disposes the lease when its request ended
            return new HostEntry(new Lease(slot, spaced, minDelay, entered, time), null);
#pragma warning restore CA2000
        }
        catch
        {
            slot.Release(spaced);
            throw;
        }
    }

    private HostEntry ComeBack(HostSlot slot, TimeSpan delay, int capacity, TimeSpan patience)
    {
        lock (slot.Turns) return new HostEntry(null, slot.Turns.ComeBackAt(time.GetUtcNow(), delay, capacity, patience));
    }

    private sealed class HostSlot(int concurrency)
    {
        // Slots live as long as the fetcher; a SemaphoreSlim whose wait handle is never asked for holds nothing to dispose.
        private SemaphoreSlim Concurrent { get; } = new(concurrency, concurrency);
        private SemaphoreSlim Sequential { get; } = new(1, 1);

        public HostTurns Turns { get; } = new();

        /// <returns>false when <paramref name="limit"/> passed first; then nothing is held.</returns>
        public async Task<bool> AcquireAsync(bool spaced, TimeSpan limit, CancellationToken ct)
        {
            if (!await Concurrent.WaitAsync(limit, ct)) return false;
            try
            {
                if (!spaced || await Sequential.WaitAsync(limit, ct)) return true;
            }
            catch
            {
                Concurrent.Release();
                throw;
            }
            Concurrent.Release();
            return false;
        }

        public void Release(bool spaced)
        {
            if (spaced) Sequential.Release();
            Concurrent.Release();
        }
    }

    private sealed class Lease(HostSlot slot, bool spaced, TimeSpan delay, DateTimeOffset entered, TimeProvider time) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0) return;
            lock (slot.Turns) slot.Turns.Left(time.GetUtcNow(), entered, spaced ? delay : TimeSpan.Zero);
            slot.Release(spaced);
        }
    }
}

/// <summary>What <see cref="HostThrottle"/> answered: a turn on the host (<see cref="Lease"/>), or when to come back.</summary>
internal readonly record struct HostEntry(IDisposable? Lease, DateTimeOffset? ComeBackAt);
