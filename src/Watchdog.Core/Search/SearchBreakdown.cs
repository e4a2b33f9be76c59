namespace Watchdog.Core.Search;

/// <summary>
/// How the articles matching a search are spread: over time buckets, sources and languages. Trends, bursts and reports
/// are drawn from it; it counts every match, not a page of them.
/// </summary>
/// <param name="From">Start of the first bucket; bucket i covers [From + i·Bucket, From + (i+1)·Bucket).</param>
/// <param name="Counts">Matches per bucket, from <paramref name="From"/> up to the request's end.</param>
/// <param name="Tones">The matches' tone over the period, per bucket and per source.</param>
public sealed record SearchBreakdown(
    long Total,
    DateTimeOffset From,
    TimeSpan Bucket,
    IReadOnlyList<long> Counts,
    IReadOnlyDictionary<long, long> BySource,
    IReadOnlyDictionary<string, long> ByLanguage,
    ToneBreakdown Tones)
{
    /// <summary>Buckets a breakdown may have: a year of days, or a bit over a month of hours.</summary>
    public const int MaxBuckets = 1000;

    /// <summary>The bucket an article dated <paramref name="at"/> falls in, or -1 outside [from, from + buckets·bucket).</summary>
    public static int BucketOf(DateTimeOffset at, DateTimeOffset from, TimeSpan bucket, int buckets)
    {
        if (at < from) return -1;
        var index = (at - from).Ticks / bucket.Ticks;
        return index < buckets ? (int)index : -1;
    }

    /// <summary>Number of buckets covering [from, to]; throws when the range is empty or too fine for <see cref="MaxBuckets"/>.</summary>
    public static int BucketCount(DateTimeOffset from, DateTimeOffset to, TimeSpan bucket)
    {
        if (bucket <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(bucket), "The bucket must be positive.");
        if (to < from) throw new ArgumentException("The range ends before it starts.", nameof(to));
        var buckets = (to - from).Ticks / bucket.Ticks + 1;
        if (buckets > MaxBuckets)
            throw new ArgumentException($"{buckets} buckets of {bucket} between {from:O} and {to:O}; at most {MaxBuckets}: use a larger bucket or a shorter range.", nameof(bucket));
        return (int)buckets;
    }
}
