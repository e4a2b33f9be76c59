namespace Watchdog.Analysis.Trends;

/// <summary>Thresholds of <see cref="BurstDetector"/>; see the Trends README for why each default.</summary>
public sealed record BurstOptions
{
    /// <summary>Non-bursting buckets before a bucket that form its baseline (two weeks of days; for hours, 168 is a week).</summary>
    public int BaselineBuckets { get; init; } = 14;

    /// <summary>Buckets with fewer baseline buckets than this are not judged: there is nothing to compare with yet.</summary>
    public int MinimumBaselineBuckets { get; init; } = 3;

    /// <summary>Least z-score, (count − mean) / √max(variance, mean, 1), for a bucket to burst.</summary>
    public double MinimumScore { get; init; } = 3;

    /// <summary>Least count for a bucket to burst, so 0 → 2 on a quiet topic is not news.</summary>
    public long MinimumCount { get; init; } = 5;

    /// <summary>Least count / mean ratio, so a large steady stream's small relative wobble is not a burst.</summary>
    public double MinimumRatio { get; init; } = 1.5;

    /// <summary>Throws when an option is out of range.</summary>
    public void Validate()
    {
        if (BaselineBuckets < 1) throw new ArgumentOutOfRangeException(nameof(BaselineBuckets), BaselineBuckets, "The baseline needs at least one bucket.");
        if (MinimumBaselineBuckets < 1 || MinimumBaselineBuckets > BaselineBuckets)
            throw new ArgumentOutOfRangeException(nameof(MinimumBaselineBuckets), MinimumBaselineBuckets, "Must be between 1 and BaselineBuckets.");
        if (double.IsNaN(MinimumScore) || MinimumScore <= 0) throw new ArgumentOutOfRangeException(nameof(MinimumScore), MinimumScore, "Must be positive.");
        if (MinimumCount < 1) throw new ArgumentOutOfRangeException(nameof(MinimumCount), MinimumCount, "Must be at least 1.");
        if (double.IsNaN(MinimumRatio) || MinimumRatio < 1) throw new ArgumentOutOfRangeException(nameof(MinimumRatio), MinimumRatio, "Must be at least 1.");
    }
}
