using Watchdog.Reports.Charts;
using Watchdog.Reports.Tests.Support;

namespace Watchdog.Reports.Tests.Charts;

public class BucketTimelineTests
{
    private static readonly DateTimeOffset Day0 = SampleCharts.FirstDay;

    [Fact]
    public void Starts_cover_every_bucket_between_the_first_and_last_point_of_any_series()
    {
        var starts = BucketTimeline.Starts(
            [new VolumeSeries("a", [new(Day0.AddDays(1), 1)]), new VolumeSeries("b", [new(Day0.AddDays(4), 2)])],
            VolumeBucket.Day);
        Assert.Equal(Enumerable.Range(1, 4).Select(d => Day0.AddDays(d).UtcDateTime), starts);
    }

    [Fact]
    public void Missing_buckets_count_zero_and_repeated_buckets_add_up()
    {
        var series = new VolumeSeries("a", [new(Day0, 2), new(Day0, 3), new(Day0.AddHours(2), 1)]);
        var starts = BucketTimeline.Starts([series], VolumeBucket.Hour);
        Assert.Equal([5.0, 0.0, 1.0], BucketTimeline.CountsAt(series, starts, VolumeBucket.Hour));
    }

    [Fact]
    public void A_point_inside_a_bucket_is_counted_in_that_bucket()
    {
        var series = new VolumeSeries("a", [new(Day0, 1), new(Day0.AddDays(1).AddHours(13), 2)]);
        var starts = BucketTimeline.Starts([series], VolumeBucket.Day);
        Assert.Equal([1.0, 2.0], BucketTimeline.CountsAt(series, starts, VolumeBucket.Day));
    }

    [Fact]
    public void A_span_longer_than_the_limit_is_cut_at_the_limit()
    {
        var series = new VolumeSeries("a", [new(Day0, 1), new(Day0.AddYears(3), 1)]);
        Assert.Equal(BucketTimeline.MaxBuckets, BucketTimeline.Starts([series], VolumeBucket.Hour).Count);
    }

    [Fact]
    public void Points_in_other_time_zones_land_in_their_utc_bucket()
    {
        var series = new VolumeSeries("a", [new(new DateTimeOffset(2025, 3, 1, 5, 0, 0, TimeSpan.FromHours(5)), 4)]);
        Assert.Equal([Day0.UtcDateTime], BucketTimeline.Starts([series], VolumeBucket.Day));
    }
}
