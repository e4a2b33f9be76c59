using Watchdog.Core.Sources;

namespace Watchdog.Collect.Scheduling;

/// <summary>Tuning of <see cref="SourceSchedule"/>; the defaults suit news sources polled every few minutes.</summary>
public sealed record ScheduleOptions
{
    /// <summary>Each run is moved by up to ±this share of the interval, so sources added together do not poll in lock-step.</summary>
    public double JitterFraction { get; init; } = 0.1;
    /// <summary>Backoff never waits longer than this between attempts.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromHours(6);
    /// <summary>After this many failures in a row the source is paused until the operator resumes it.</summary>
    public int PauseAfterFailures { get; init; } = 10;
}

/// <summary>
/// When a source runs next, as pure functions of its health and the outcome of its last run (no clock, no I/O:
/// the caller passes now and a Random, so tests are deterministic).
/// </summary>
public static class SourceSchedule
{
    public static SourceHealth AfterSuccess(Source source, DateTimeOffset now, long itemsStored, Random random, ScheduleOptions? options = null)
    {
        options ??= new ScheduleOptions();
        return source.Health with
        {
            Status = SourceStatus.Ok,
            LastFetchAt = now,
            NextRunAt = now + Jittered(source.Interval, options.JitterFraction, random),
            ConsecutiveFailures = 0,
            ItemsStored = source.Health.ItemsStored + itemsStored,
            LastError = null,
            PausedReason = null,
        };
    }

    /// <param name="retryAfter">A delay the server asked for (429/503 Retry-After); honoured when longer than the backoff.</param>
    public static SourceHealth AfterFailure(Source source, DateTimeOffset now, string error, Random random, TimeSpan? retryAfter = null, ScheduleOptions? options = null)
    {
        options ??= new ScheduleOptions();
        var failures = source.Health.ConsecutiveFailures + 1;
        var health = source.Health with
        {
            LastFetchAt = now,
            ConsecutiveFailures = failures,
            ErrorCount = source.Health.ErrorCount + 1,
            LastError = error,
        };
        if (failures >= options.PauseAfterFailures)
        {
            return health with
            {
                Status = SourceStatus.Paused,
                NextRunAt = null,
                PausedReason = $"paused automatically after {failures} consecutive failures; last error: {error}",
            };
        }
        var wait = Jittered(Backoff(source.Interval, failures, options.MaxBackoff), options.JitterFraction, random);
        if (retryAfter is { } asked && asked > wait) wait = asked;
        return health with { Status = SourceStatus.Failing, NextRunAt = now + wait };
    }

    /// <summary>The source's interval doubled for each failure after the first, capped.</summary>
    public static TimeSpan Backoff(TimeSpan interval, int consecutiveFailures, TimeSpan cap)
    {
        var doublings = Math.Clamp(consecutiveFailures - 1, 0, 30);
        var ticks = Math.Min((double)interval.Ticks * Math.Pow(2, doublings), cap.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }

    /// <summary><paramref name="interval"/> moved by a random amount within ±fraction of itself.</summary>
    public static TimeSpan Jittered(TimeSpan interval, double fraction, Random random)
    {
        var factor = 1 + ((random.NextDouble() * 2) - 1) * Math.Clamp(fraction, 0, 1);
        return TimeSpan.FromTicks((long)(interval.Ticks * factor));
    }
}
