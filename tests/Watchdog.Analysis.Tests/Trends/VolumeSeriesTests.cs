using Watchdog.Analysis.Trends;

namespace Watchdog.Analysis.Tests.Trends;

public class VolumeSeriesTests
{
    private static readonly DateTimeOffset Start = new(2025, 4, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Timestamps_are_counted_per_bucket_with_zeros_for_empty_buckets()
    {
        var series = VolumeSeries.FromTimestamps(
            [Start.AddMinutes(5), Start.AddMinutes(59), Start.AddHours(2).AddMinutes(1)], Start, Start.AddHours(4), TimeSpan.FromHours(1));

        Assert.Equal([2L, 0, 1, 0], series.Counts);
    }

    [Fact]
    public void Timestamps_outside_the_span_are_ignored()
    {
        var series = VolumeSeries.FromTimestamps([Start.AddSeconds(-1), Start.AddDays(1)], Start, Start.AddDays(1), TimeSpan.FromHours(1));

        Assert.All(series.Counts, count => Assert.Equal(0, count));
    }

    [Fact]
    public void A_span_that_is_not_whole_buckets_gets_a_last_partial_bucket()
    {
        var series = VolumeSeries.FromTimestamps([], Start, Start.AddHours(25), TimeSpan.FromDays(1));

        Assert.Equal((2, Start.AddDays(2)), (series.Length, series.End));
    }

    [Fact]
    public void An_empty_span_gives_an_empty_series() =>
        Assert.Empty(VolumeSeries.FromTimestamps([Start], Start, Start, TimeSpan.FromDays(1)).Counts);

    [Fact]
    public void A_zero_bucket_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => VolumeSeries.FromTimestamps([], Start, Start.AddDays(1), TimeSpan.Zero));

    [Fact]
    public void A_span_ending_before_it_starts_is_rejected() =>
        Assert.Throws<ArgumentException>(() => VolumeSeries.FromTimestamps([], Start, Start.AddDays(-1), TimeSpan.FromDays(1)));
}
