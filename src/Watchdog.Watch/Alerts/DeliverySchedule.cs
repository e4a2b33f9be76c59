using Watchdog.Core.Watching;

namespace Watchdog.Watch.Alerts;

/// <summary>When a new alert's messages may first be sent, from its rule: digests, the hourly limit and quiet hours.</summary>
public static class DeliverySchedule
{
    /// <summary>Daily digests go out at this local time, before a working day starts.</summary>
    public static readonly TimeOnly DailyDigestTime = new(7, 0);

    /// <param name="alertsThisHour">Alerts of the query already raised since the current clock hour began.</param>
    public static DateTimeOffset FirstSendTime(AlertRule rule, DateTimeOffset now, int alertsThisHour)
    {
        var zone = ZoneOf(rule);
        var at = rule.Digest switch
        {
            DigestMode.Hourly => NextHour(now),
            DigestMode.Daily => NextDailyDigest(now, zone),
            _ => rule.MaxPerHour is { } max && alertsThisHour >= max ? NextHour(now) : now,
        };
        return rule.QuietHours is { } quiet ? AfterQuietHours(quiet, at, zone) : at;
    }

    /// <summary>The start of the clock hour <paramref name="now"/> is in, for counting alerts against the hourly limit.</summary>
    public static DateTimeOffset HourStart(DateTimeOffset now) => new(now.UtcDateTime.Date.AddHours(now.UtcDateTime.Hour), TimeSpan.Zero);

    public static DateTimeOffset NextHour(DateTimeOffset now) => HourStart(now).AddHours(1);

    /// <summary>The first instant at or after <paramref name="at"/> outside the quiet period.</summary>
    public static DateTimeOffset AfterQuietHours(QuietHours quiet, DateTimeOffset at, TimeZoneInfo zone)
    {
        if (quiet.Start == quiet.End) return at;
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var spansMidnight = quiet.Start > quiet.End;
        var isQuiet = spansMidnight ? time >= quiet.Start || time < quiet.End : time >= quiet.Start && time < quiet.End;
        if (!isQuiet) return at;
        var endDay = spansMidnight && time >= quiet.Start ? local.Date.AddDays(1) : local.Date;
        return LocalToInstant(endDay.Add(quiet.End.ToTimeSpan()), zone);
    }

    private static DateTimeOffset NextDailyDigest(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var today = LocalToInstant(local.Date.Add(DailyDigestTime.ToTimeSpan()), zone);
        return today > now ? today : LocalToInstant(local.Date.AddDays(1).Add(DailyDigestTime.ToTimeSpan()), zone);
    }

    private static DateTimeOffset LocalToInstant(DateTime local, TimeZoneInfo zone) =>
        new(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone.GetUtcOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified)));

    /// <summary>The rule's time zone (from its quiet hours); UTC when none is set or the id is unknown on this machine.</summary>
    public static TimeZoneInfo ZoneOf(AlertRule rule) =>
        rule.QuietHours is { TimeZoneId: var id } && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
