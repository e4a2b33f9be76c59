namespace Watchdog.Core.Time;

/// <summary>
/// Where days and hours start in the configured time zone, so day buckets of trends, reports and the dashboard are
/// local calendar days (an Almaty day, UTC+5, starts at 19:00 UTC of the day before). Buckets keep a fixed width from
/// their first start: across a daylight-saving change a day bucket is cut an hour off local midnight until the next period.
/// </summary>
public static class DayBuckets
{
    /// <summary>The start of the day (or hour, for buckets under a day) that contains <paramref name="instant"/>, in <paramref name="zone"/>.</summary>
    public static DateTimeOffset Floor(DateTimeOffset instant, TimeSpan bucket, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var unit = bucket < TimeSpan.FromDays(1) ? TimeSpan.FromHours(1) : TimeSpan.FromDays(1);
        var wall = new DateTime(local.DateTime.Ticks - local.DateTime.Ticks % unit.Ticks, DateTimeKind.Unspecified);
        return At(wall, zone);
    }

    /// <summary>Local midnight at the start of <paramref name="day"/> in <paramref name="zone"/>, as an instant.</summary>
    public static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone) => At(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), zone);

    /// <summary>The calendar day <paramref name="instant"/> falls on in <paramref name="zone"/>.</summary>
    public static DateOnly DayOf(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>The instant (in UTC) of a local wall-clock time; a time skipped by a clock change moves on by the gap.</summary>
    private static DateTimeOffset At(DateTime wall, TimeZoneInfo zone)
    {
        if (zone.IsInvalidTime(wall)) wall = wall.AddHours(1);
        return new DateTimeOffset(wall, zone.GetUtcOffset(wall)).ToUniversalTime();
    }
}
