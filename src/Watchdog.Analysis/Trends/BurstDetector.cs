namespace Watchdog.Analysis.Trends;

/// <summary>
/// Finds bursts in a volume series. Each bucket is compared with the mean and variance of the non-bursting
/// buckets before it (<see cref="BurstOptions.BaselineBuckets"/>): it bursts when its count reaches
/// <see cref="BurstOptions.MinimumCount"/>, <see cref="BurstOptions.MinimumRatio"/> × the mean, and a z-score of
/// <see cref="BurstOptions.MinimumScore"/>; consecutive bursting buckets make one burst. Pure and thread-safe.
/// </summary>
public static class BurstDetector
{
    public static IReadOnlyList<Burst> Detect(VolumeSeries series, BurstOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        options ??= new BurstOptions();
        options.Validate();

        var bursts = new List<Burst>();
        // Bursting buckets stay out of later baselines, so a burst of several buckets is not measured against
        // itself; a burst as long as the baseline window is a new level, so its buckets then join the baseline.
        var baseline = new Queue<long>();
        BurstBuilder? open = null;
        for (var i = 0; i < series.Length; i++)
        {
            var count = series.Counts[i];
            BaselineScore? judged = baseline.Count >= options.MinimumBaselineBuckets ? BaselineScore.Of(baseline, count) : null;
            if (judged is { } score && IsBurst(count, score, options))
            {
                open ??= new BurstBuilder(i);
                open.Extend(count, score);
                if (open.Length < options.BaselineBuckets) continue;
                bursts.Add(open.Build(series));
                foreach (var burstCount in open.Counts) AddToBaseline(baseline, burstCount, options);
                open = null;
                continue;
            }
            if (open is not null)
            {
                bursts.Add(open.Build(series));
                open = null;
            }
            AddToBaseline(baseline, count, options);
        }
        if (open is not null) bursts.Add(open.Build(series));
        return bursts;
    }

    private static void AddToBaseline(Queue<long> baseline, long count, BurstOptions options)
    {
        baseline.Enqueue(count);
        if (baseline.Count > options.BaselineBuckets) baseline.Dequeue();
    }

    private static bool IsBurst(long count, BaselineScore score, BurstOptions options) =>
        count >= options.MinimumCount && count >= options.MinimumRatio * score.Mean && score.Z >= options.MinimumScore;

    private sealed class BurstBuilder(int startBucket)
    {
        private readonly List<long> _counts = [];
        private double _expected;
        private double _score;

        public IReadOnlyList<long> Counts => _counts;
        public int Length => _counts.Count;

        public void Extend(long count, BaselineScore score)
        {
            _counts.Add(count);
            _expected += score.Mean;
            _score = Math.Max(_score, score.Z);
        }

        public Burst Build(VolumeSeries series)
        {
            var endBucket = startBucket + _counts.Count - 1;
            return new(startBucket, endBucket, series.BucketStart(startBucket), series.BucketStart(endBucket + 1), _counts.Sum(), _expected, _score);
        }
    }
}
