namespace Watchdog.Application.Reporting.Scheduling;

/// <summary>What the scheduler remembers about one report between checks and across restarts.</summary>
/// <param name="LastCompletedDue">The due time of the last run that was sent to every destination, or given up on.</param>
/// <param name="Pending">A run that failed for some destination and waits for its next attempt.</param>
public sealed record ReportRunState(DateTimeOffset? LastCompletedDue, PendingReportRun? Pending)
{
    public static ReportRunState Never { get; } = new(null, null);
}

/// <param name="Delivered">Keys of the destinations (<see cref="ReportDestination.Key"/>) that already have this run, so a retry does not send them a second copy.</param>
public sealed record PendingReportRun(DateTimeOffset Due, int Attempts, DateTimeOffset NextAttemptAt, string LastError, IReadOnlyList<string> Delivered);
