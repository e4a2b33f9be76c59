using FsCheck;
using FsCheck.Xunit;
using Watchdog.Analysis.Trends;

namespace Watchdog.Analysis.Tests.Trends;

public class BurstDetectorPropertyTests
{
    private static readonly DateTimeOffset Start = new(2025, 4, 1, 0, 0, 0, TimeSpan.Zero);

    [Property]
    public bool Bursts_are_ordered_do_not_overlap_and_lie_within_the_series(NonNegativeInt[] counts)
    {
        var series = new VolumeSeries(Start, TimeSpan.FromHours(1), [.. counts.Select(count => (long)count.Get)]);
        var previousEnd = -1;
        foreach (var burst in BurstDetector.Detect(series, new BurstOptions { BaselineBuckets = 5, MinimumBaselineBuckets = 2, MinimumCount = 1 }))
        {
            if (burst.StartBucket <= previousEnd || burst.EndBucket < burst.StartBucket || burst.EndBucket >= series.Length) return false;
            if (burst.Start != series.BucketStart(burst.StartBucket) || burst.End != series.BucketStart(burst.EndBucket + 1)) return false;
            previousEnd = burst.EndBucket;
        }
        return true;
    }

    [Property]
    public bool A_burst_counts_exactly_its_buckets(NonNegativeInt[] counts)
    {
        var series = new VolumeSeries(Start, TimeSpan.FromHours(1), [.. counts.Select(count => (long)count.Get)]);
        return BurstDetector.Detect(series, new BurstOptions { MinimumBaselineBuckets = 1, MinimumCount = 1 })
            .All(burst => burst.Count == series.Counts[burst.StartBucket..(burst.EndBucket + 1)].Sum());
    }
}
