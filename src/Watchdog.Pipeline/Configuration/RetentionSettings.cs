namespace Watchdog.Pipeline.Configuration;

/// <summary>How the retention service runs, bound from <c>Watchdog:Retention</c>; the limit itself is <see cref="WatchdogOptions.RetentionDays"/>.</summary>
public sealed class RetentionSettings
{
    /// <summary>How often expired content is looked for and deleted.</summary>
    public Duration Interval { get; set; } = Duration.FromMinutes(60);

    /// <summary>Rows deleted per transaction, so a large purge never holds the store's write lock for long.</summary>
    public int BatchSize { get; set; } = 500;
}
