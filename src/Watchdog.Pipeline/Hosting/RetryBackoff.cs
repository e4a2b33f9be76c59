namespace Watchdog.Pipeline.Hosting;

/// <summary>When to try a failed work item again: exponential from <see cref="FirstDelay"/>, capped, never sooner than a server asked.</summary>
public static class RetryBackoff
{
    /// <summary>Long enough for a blip (restart, brief overload) to pass, short enough that an article is not late by much.</summary>
    public static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(15);

    /// <summary>Beyond an hour the item is quarantined anyway after a few more tries; waiting longer helps nobody.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromHours(1);

    /// <param name="attempt">1 for the first failure.</param>
    /// <param name="retryAfter">What the server asked for (429/503 Retry-After), if anything.</param>
    public static TimeSpan Delay(int attempt, TimeSpan? retryAfter)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 20);
        var exponential = TimeSpan.FromTicks(Math.Min(MaxDelay.Ticks, FirstDelay.Ticks * (1L << exponent)));
        return retryAfter is { } asked && asked > exponential ? asked : exponential;
    }
}
