namespace Watchdog.Application.Reporting.Scheduling;

public enum ReportRunStatus
{
    /// <summary>Every destination has the report.</summary>
    Sent,
    /// <summary>Some destination failed; the run is tried again after a back-off.</summary>
    Retrying,
    /// <summary>Some destination still failed after the last attempt; the run is given up (logged, with the reason).</summary>
    GivenUp,
}

/// <summary>What one check did with one run of one report.</summary>
/// <param name="Error">Why some destination failed, one reason per destination; null when sent.</param>
public sealed record ReportRunOutcome(string Report, DateTimeOffset Due, ReportRunStatus Status, int Attempts, string? Error);
