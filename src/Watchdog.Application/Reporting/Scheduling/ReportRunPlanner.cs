namespace Watchdog.Application.Reporting.Scheduling;

/// <summary>Which run of a report is due now, if any, from its schedule and its remembered state.</summary>
public static class ReportRunPlanner
{
    /// <summary>
    /// After a long outage at most this many missed runs are sent (oldest first); older ones are skipped with a log line
    /// rather than flooding inboxes with a month of dailies.
    /// </summary>
    public const int MaxCatchUpRuns = 7;

    /// <returns>The due time of the run to send now, or null when nothing is due.</returns>
    public static DateTimeOffset? DueRun(ReportSchedule schedule, ReportRunState state, DateTimeOffset now)
    {
        if (state.Pending is { } pending) return now >= pending.NextAttemptAt ? pending.Due : null;
        var latest = schedule.LatestDueAtOrBefore(now);
        if (state.LastCompletedDue is not { } last) return latest;
        if (last >= latest) return null;
        var oldestKept = latest - schedule.Cycle * (MaxCatchUpRuns - 1);
        var next = schedule.FirstDueAfter(last);
        return next < oldestKept ? oldestKept : next;
    }
}
