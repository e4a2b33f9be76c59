using Watchdog.Analysis.Trends;
using Watchdog.Core.Search;

namespace Watchdog.Application.Reporting;

/// <summary>Volume, bursts and change for a query over a period, counted by the search index over every match.</summary>
public static class TrendAnalysis
{
    /// <summary>
    /// Counts <paramref name="request"/>'s matches in [From, To] per <paramref name="bucket"/> and in the period of the same
    /// length before it, then finds bursts in the period against the counts before each bucket.
    /// </summary>
    /// <exception cref="InvalidQueryException">The query cannot be parsed.</exception>
    /// <exception cref="ArgumentException">No date range, or more than <see cref="SearchBreakdown.MaxBuckets"/> buckets.</exception>
    public static async Task<TrendReport> RunAsync(ISearchIndex index, SearchRequest request, TimeSpan bucket, CancellationToken ct)
    {
        if (request.From is not { } from || request.To is null)
            throw new ArgumentException("A trend needs a date range (From and To).", nameof(request));
        var current = await index.BreakdownAsync(request, bucket, ct);
        var length = bucket * current.Counts.Count;
        var previous = await index.BreakdownAsync(request with { From = from - length, To = from.AddTicks(-1) }, bucket, ct);

        var series = new VolumeSeries(previous.From, bucket, [.. previous.Counts, .. current.Counts]);
        var bursts = BurstDetector.Detect(series)
            .Where(b => b.EndBucket >= previous.Counts.Count)
            .Select(b => Shift(b, previous.Counts.Count, series))
            .ToList();
        var (ratio, significant) = PeriodComparison.Compare(current.Total, previous.Total);
        return new TrendReport(current, previous.Total, previous.Total == 0 ? null : ratio, significant, bursts);
    }

    /// <summary>
    /// Re-indexes a burst found in the joined series to the current period's buckets; one that began in the previous period
    /// is cut to start at the period's start (its count still includes the buckets before).
    /// </summary>
    private static Burst Shift(Burst burst, int offset, VolumeSeries series)
    {
        var start = Math.Max(burst.StartBucket, offset);
        return burst with { StartBucket = start - offset, EndBucket = burst.EndBucket - offset, Start = series.BucketStart(start) };
    }
}
