namespace Watchdog.Pipeline.Hosting;

/// <summary>
/// When the items this process deferred fall due, so an idle lease loop wakes for them rather than sleeping up to a
/// whole poll interval past them (a busy host's every turn would otherwise come that much late). Thread-safe.
/// </summary>
internal sealed class DeferredDueTimes
{
    private readonly PriorityQueue<DateTimeOffset, DateTimeOffset> _times = new();

    public void Add(DateTimeOffset due)
    {
        lock (_times) _times.Enqueue(due, due);
    }

    /// <returns>The earliest due time after <paramref name="now"/>, forgetting those already passed; null when none is left.</returns>
    public DateTimeOffset? NextAfter(DateTimeOffset now)
    {
        lock (_times)
        {
            while (_times.TryPeek(out _, out var due) && due <= now) _times.Dequeue();
            return _times.TryPeek(out _, out var next) ? next : null;
        }
    }
}
