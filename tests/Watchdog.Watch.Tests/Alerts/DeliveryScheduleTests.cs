using Watchdog.Core.Watching;
using Watchdog.Watch.Alerts;

namespace Watchdog.Watch.Tests.Alerts;

public class DeliveryScheduleTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 25, 12, 20, 0, TimeSpan.Zero);

    [Fact]
    public void Without_limits_the_alert_goes_out_at_once() =>
        Assert.Equal(Noon, DeliverySchedule.FirstSendTime(AlertRule.Default, Noon, alertsThisHour: 100));

    [Fact]
    public void Alerts_beyond_the_hourly_limit_wait_for_the_next_hour() =>
        Assert.Equal(Noon.Date.AddHours(13), DeliverySchedule.FirstSendTime(new AlertRule { MaxPerHour = 5 }, Noon, alertsThisHour: 5).UtcDateTime);

    [Fact]
    public void Alerts_within_the_hourly_limit_go_out_at_once() =>
        Assert.Equal(Noon, DeliverySchedule.FirstSendTime(new AlertRule { MaxPerHour = 5 }, Noon, alertsThisHour: 4));

    [Fact]
    public void Hourly_digest_waits_for_the_top_of_the_hour() =>
        Assert.Equal(Noon.Date.AddHours(13), DeliverySchedule.FirstSendTime(new AlertRule { Digest = DigestMode.Hourly }, Noon, 0).UtcDateTime);

    [Fact]
    public void Daily_digest_goes_out_next_morning() =>
        Assert.Equal(Noon.Date.AddDays(1).AddHours(7), DeliverySchedule.FirstSendTime(new AlertRule { Digest = DigestMode.Daily }, Noon, 0).UtcDateTime);

    [Fact]
    public void Quiet_hours_across_midnight_hold_a_late_alert_until_morning()
    {
        var rule = new AlertRule { QuietHours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0)) };
        var lateEvening = new DateTimeOffset(2026, 11, 25, 23, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 7, 0, 0, TimeSpan.Zero), DeliverySchedule.FirstSendTime(rule, lateEvening, 0));
    }

    [Fact]
    public void Quiet_hours_follow_the_rules_time_zone()
    {
        // 02:00 UTC is 07:00 in Almaty (UTC+5): just after a 22:00–07:00 quiet period there.
        var rule = new AlertRule { QuietHours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0), "Asia/Almaty") };
        var at = new DateTimeOffset(2026, 11, 25, 1, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero), DeliverySchedule.FirstSendTime(rule, at, 0));
    }

    [Fact]
    public void Alert_outside_quiet_hours_is_not_held()
    {
        var rule = new AlertRule { QuietHours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0)) };
        Assert.Equal(Noon, DeliverySchedule.FirstSendTime(rule, Noon, 0));
    }
}
