using Watchdog.Analysis.Trends;

namespace Watchdog.Analysis.Tests.Trends;

public class BurstDetectorTests
{
    private static readonly DateTimeOffset Start = new(2025, 4, 1, 0, 0, 0, TimeSpan.Zero);

    private static VolumeSeries Daily(params long[] counts) => new(Start, TimeSpan.FromDays(1), counts);

    // A steady topic: 8 to 12 items a day.
    private static long[] Steady(int days) => [.. Enumerable.Range(0, days).Select(day => 10L + (day % 5) - 2)];

    [Fact]
    public void A_steady_series_has_no_bursts() => Assert.Empty(BurstDetector.Detect(Daily(Steady(40))));

    [Fact]
    public void One_spike_is_one_burst_at_its_bucket()
    {
        var counts = Steady(30);
        counts[20] = 60;

        var burst = Assert.Single(BurstDetector.Detect(Daily(counts)));
        Assert.Equal((20, 20, 60L), (burst.StartBucket, burst.EndBucket, burst.Count));
        Assert.Equal((Start.AddDays(20), Start.AddDays(21)), (burst.Start, burst.End));
        Assert.InRange(burst.ExpectedCount, 8, 12);
    }

    [Fact]
    public void Consecutive_bursting_buckets_merge_into_one_burst()
    {
        var counts = Steady(30);
        counts[20] = 60;
        counts[21] = 45;
        counts[22] = 30;

        var burst = Assert.Single(BurstDetector.Detect(Daily(counts)));
        Assert.Equal((20, 22, 135L), (burst.StartBucket, burst.EndBucket, burst.Count));
    }

    [Fact]
    public void A_slow_rise_is_not_a_burst()
    {
        var counts = Enumerable.Range(0, 60).Select(day => 10L + 2 * day).ToArray();

        Assert.Empty(BurstDetector.Detect(Daily(counts)));
    }

    [Fact]
    public void Two_items_after_silence_are_not_a_burst()
    {
        var counts = new long[20];
        counts[15] = 2;

        Assert.Empty(BurstDetector.Detect(Daily(counts)));
    }

    [Fact]
    public void A_clear_spike_after_silence_is_a_burst()
    {
        var counts = new long[20];
        counts[15] = 12;

        Assert.Equal(15, Assert.Single(BurstDetector.Detect(Daily(counts))).StartBucket);
    }

    [Fact]
    public void A_lasting_new_level_is_one_burst_no_longer_than_the_baseline_window()
    {
        var counts = Steady(20).Concat(Enumerable.Repeat(100L, 40)).ToArray();
        var options = new BurstOptions { BaselineBuckets = 7 };

        var burst = Assert.Single(BurstDetector.Detect(Daily(counts), options));
        Assert.Equal((20, 26), (burst.StartBucket, burst.EndBucket));
    }

    [Theory]
    [InlineData(new long[0])]
    [InlineData(new long[] { 50 })]
    [InlineData(new long[] { 0, 100 })]
    [InlineData(new long[] { 0, 0, 0, 0, 0, 0, 0, 0 })]
    public void Short_or_empty_series_give_no_bursts(long[] counts) => Assert.Empty(BurstDetector.Detect(Daily(counts)));

    [Fact]
    public void Invalid_options_are_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BurstDetector.Detect(Daily(1, 2, 3), new BurstOptions { MinimumRatio = 0.5 }));
}
