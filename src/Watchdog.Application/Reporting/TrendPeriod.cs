using Watchdog.Core.Time;

namespace Watchdog.Application.Reporting;

/// <summary>The period trends and reports cover when none is given: whole buckets (days or hours of the time zone) up to the current one.</summary>
public static class TrendPeriod
{
    public const int DefaultDays = 30;
    public const int DefaultHours = 48;

    /// <param name="zone">Where days start (the <c>timeZone</c> setting); UTC when null.</param>
    /// <returns>From the start of the first bucket to the end of the current one (inclusive, to the tick), filling only what is missing.</returns>
    public static (DateTimeOffset From, DateTimeOffset To) Fill(DateTimeOffset? from, DateTimeOffset? to, TimeSpan bucket, DateTimeOffset now, TimeZoneInfo? zone = null)
    {
        zone ??= TimeZoneInfo.Utc;
        var hourly = bucket < TimeSpan.FromDays(1);
        var unit = hourly ? TimeSpan.FromHours(1) : TimeSpan.FromDays(1);
        var end = to ?? DayBuckets.Floor(now, unit, zone) + unit - TimeSpan.FromTicks(1);
        var start = from ?? DayBuckets.Floor(end, unit, zone) - unit * ((hourly ? DefaultHours : DefaultDays) - 1);
        return (start, end);
    }
}
