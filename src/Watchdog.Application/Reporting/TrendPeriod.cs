namespace Watchdog.Application.Reporting;

/// <summary>The period trends and reports cover when none is given: whole buckets (UTC days or hours) up to the current one.</summary>
public static class TrendPeriod
{
    public const int DefaultDays = 30;
    public const int DefaultHours = 48;

    /// <returns>From the start of the first bucket to the end of the current one (inclusive, to the tick), filling only what is missing.</returns>
    public static (DateTimeOffset From, DateTimeOffset To) Fill(DateTimeOffset? from, DateTimeOffset? to, TimeSpan bucket, DateTimeOffset now)
    {
        var hourly = bucket < TimeSpan.FromDays(1);
        var unit = hourly ? TimeSpan.FromHours(1) : TimeSpan.FromDays(1);
        var end = to ?? Floor(now.ToUniversalTime(), unit) + unit - TimeSpan.FromTicks(1);
        var start = from ?? Floor(end, unit) - unit * ((hourly ? DefaultHours : DefaultDays) - 1);
        return (start, end);
    }

    private static DateTimeOffset Floor(DateTimeOffset at, TimeSpan unit) =>
        new(at.UtcTicks - at.UtcTicks % unit.Ticks, TimeSpan.Zero);
}
