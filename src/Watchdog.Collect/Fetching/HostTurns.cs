namespace Watchdog.Collect.Fetching;

/// <summary>
/// The timing of one host's turns, as bookkeeping over the times it is given (no clock, no waiting, not thread-safe:
/// <see cref="HostThrottle"/> holds a lock around it). It answers when the host is likely free, and hands callers
/// who cannot wait a time to come back, one turn apart, so callers sent away together do not all return at once and
/// find the host busy again.
/// </summary>
/// <remarks>
/// The times are estimates for scheduling only. Politeness itself (the gap, one request at a time) is enforced by
/// <see cref="HostThrottle"/>'s semaphores and <see cref="NextStart"/>, which are exact.
/// </remarks>
internal sealed class HostTurns
{
    /// <summary>
    /// Weight of the newest request in <see cref="TypicalHold"/>: recent responses matter most (a site slows down
    /// under load), while one slow outlier only moves the estimate a quarter of the way.
    /// </summary>
    private const double HoldSmoothing = 0.25;

    private int _inside;
    private DateTimeOffset _lastEntered;
    private DateTimeOffset _horizon = DateTimeOffset.MinValue;

    /// <summary>The earliest a request may start by the gap rule: the end of the last one plus its delay.</summary>
    public DateTimeOffset NextStart { get; private set; } = DateTimeOffset.MinValue;

    /// <summary>How long a request keeps the host, smoothed over recent requests; zero before the first one ended.</summary>
    public TimeSpan TypicalHold { get; private set; }

    /// <summary>When a request asked for now could likely start.</summary>
    /// <param name="capacity">Requests the host takes at once: 1 with a delay, else the per-host concurrency.</param>
    public DateTimeOffset FreeAt(DateTimeOffset now, TimeSpan delay, int capacity)
    {
        var free = _inside < capacity ? NextStart : _lastEntered + TypicalHold + delay;
        return free > now ? free : now;
    }

    /// <summary>
    /// A time for a caller that will not wait to come back: when the host is likely free, but at least one turn after
    /// the last time handed out. Each call takes a turn, so n callers get n staggered times.
    /// </summary>
    /// <param name="patience">
    /// How long the caller would have waited: it was sent away because its turn is further off (or waiting that long
    /// failed, when the estimate was too hopeful), so it never comes back sooner than that.
    /// </param>
    public DateTimeOffset ComeBackAt(DateTimeOffset now, TimeSpan delay, int capacity, TimeSpan patience)
    {
        var turn = (delay + TypicalHold) / capacity;
        var afterLast = _horizon == DateTimeOffset.MinValue ? DateTimeOffset.MinValue : _horizon + turn;
        var free = FreeAt(now, delay, capacity);
        if (free < now + patience) free = now + patience;
        _horizon = afterLast > free ? afterLast : free;
        return _horizon;
    }

    public void Entered(DateTimeOffset now)
    {
        _inside++;
        _lastEntered = now;
    }

    /// <param name="entered">When the request that ended entered, to learn how long requests keep the host.</param>
    /// <param name="delay">The gap that must pass before the next request; zero when requests are not spaced.</param>
    public void Left(DateTimeOffset now, DateTimeOffset entered, TimeSpan delay)
    {
        _inside = Math.Max(0, _inside - 1);
        var hold = now - entered;
        if (hold < TimeSpan.Zero) hold = TimeSpan.Zero;
        TypicalHold = TypicalHold == TimeSpan.Zero ? hold : (TypicalHold * (1 - HoldSmoothing)) + (hold * HoldSmoothing);
        // Never earlier than a gap already promised, should requests with different delays overlap (a Crawl-delay just read).
        if (now + delay > NextStart) NextStart = now + delay;
    }
}
