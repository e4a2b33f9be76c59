using Watchdog.Collect.Scheduling;
using Watchdog.Core.Sources;

namespace Watchdog.Collect.Tests.Scheduling;

public sealed class SourceScheduleTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 3, 12, 0, 0, TimeSpan.Zero);
    private static readonly ScheduleOptions NoJitter = new() { JitterFraction = 0 };

    private static Source Source(SourceHealth? health = null) =>
        new() { Url = new Uri("https://site.example/feed"), Interval = TimeSpan.FromMinutes(10), Health = health ?? SourceHealth.New };

    [Fact]
    public void SuccessSchedulesOneIntervalLaterAndClearsFailures()
    {
        var health = SourceSchedule.AfterSuccess(Source(new SourceHealth { ConsecutiveFailures = 3, LastError = "x", ItemsStored = 5 }), Now, 2, new Random(1), NoJitter);
        Assert.Equal((SourceStatus.Ok, Now.AddMinutes(10), 0, 7L, (string?)null), (health.Status, health.NextRunAt, health.ConsecutiveFailures, health.ItemsStored, health.LastError));
    }

    [Fact]
    public void JitterStaysWithinTheFractionAndIsDeterministicForASeed()
    {
        var options = new ScheduleOptions { JitterFraction = 0.1 };
        var runs = Enumerable.Range(0, 200).Select(seed => SourceSchedule.AfterSuccess(Source(), Now, 0, new Random(seed), options).NextRunAt!.Value).ToList();
        Assert.All(runs, at => Assert.InRange(at, Now.AddMinutes(9), Now.AddMinutes(11)));
        Assert.True(runs.Distinct().Count() > 100, "jitter should spread runs");
        Assert.Equal(runs[7], SourceSchedule.AfterSuccess(Source(), Now, 0, new Random(7), options).NextRunAt);
    }

    [Fact]
    public void FailuresBackOffExponentially()
    {
        var health = SourceHealth.New;
        var waits = new List<TimeSpan>();
        for (var i = 0; i < 4; i++)
        {
            health = SourceSchedule.AfterFailure(Source(health), Now, "HTTP 500", new Random(1), options: NoJitter);
            waits.Add(health.NextRunAt!.Value - Now);
        }
        Assert.Equal([10, 20, 40, 80], waits.Select(w => w.TotalMinutes));
        Assert.Equal((SourceStatus.Failing, 4, 4L), (health.Status, health.ConsecutiveFailures, health.ErrorCount));
    }

    [Fact]
    public void BackoffIsCapped() =>
        Assert.Equal(TimeSpan.FromHours(6), SourceSchedule.Backoff(TimeSpan.FromMinutes(10), 20, TimeSpan.FromHours(6)));

    [Fact]
    public void RetryAfterLongerThanBackoffIsHonoured()
    {
        var health = SourceSchedule.AfterFailure(Source(), Now, "HTTP 429", new Random(1), TimeSpan.FromHours(1), NoJitter);
        Assert.Equal(Now.AddHours(1), health.NextRunAt);
    }

    [Fact]
    public void RepeatedFailuresPauseWithTheReason()
    {
        var health = SourceSchedule.AfterFailure(Source(new SourceHealth { ConsecutiveFailures = 2 }), Now, "HTTP 404 Not Found", new Random(1), options: NoJitter with { PauseAfterFailures = 3 });
        Assert.Equal((SourceStatus.Paused, (DateTimeOffset?)null), (health.Status, health.NextRunAt));
        Assert.Contains("3 consecutive failures", health.PausedReason, StringComparison.Ordinal);
        Assert.Contains("HTTP 404 Not Found", health.PausedReason, StringComparison.Ordinal);
    }
}
