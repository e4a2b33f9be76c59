namespace Watchdog.Application.Reporting.Scheduling;

/// <summary>When a report is due: every day at <see cref="At"/> UTC, or every week on <see cref="Day"/> at <see cref="At"/>.</summary>
public sealed record ReportSchedule(ReportCadence Every, TimeOnly At, DayOfWeek Day)
{
    public TimeSpan Cycle => Every == ReportCadence.Daily ? TimeSpan.FromDays(1) : TimeSpan.FromDays(7);

    /// <summary>The last due time at or before <paramref name="now"/>.</summary>
    public DateTimeOffset LatestDueAtOrBefore(DateTimeOffset now)
    {
        var utc = now.ToUniversalTime();
        var today = new DateTimeOffset(utc.UtcDateTime.Date + At.ToTimeSpan(), TimeSpan.Zero);
        if (Every == ReportCadence.Weekly)
        {
            var daysBack = ((int)utc.DayOfWeek - (int)Day + 7) % 7;
            today = today.AddDays(-daysBack);
        }
        return today <= utc ? today : today - Cycle;
    }

    /// <summary>The first due time strictly after <paramref name="time"/> (which need not be a due time itself).</summary>
    public DateTimeOffset FirstDueAfter(DateTimeOffset time) => LatestDueAtOrBefore(time) + Cycle;
}
