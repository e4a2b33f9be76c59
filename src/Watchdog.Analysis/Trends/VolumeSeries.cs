namespace Watchdog.Analysis.Trends;

/// <summary>Counts per fixed-size time bucket (an hour, a day) from <see cref="Start"/>; empty buckets are zeros.</summary>
/// <param name="Counts">Count of bucket i, which covers [Start + i·Bucket, Start + (i+1)·Bucket).</param>
public sealed record VolumeSeries(DateTimeOffset Start, TimeSpan Bucket, long[] Counts)
{
    public int Length => Counts.Length;

    public DateTimeOffset End => BucketStart(Counts.Length);

    public DateTimeOffset BucketStart(int index) => Start + Bucket * index;

    /// <summary>
    /// Counts the timestamps in [<paramref name="from"/>, <paramref name="to"/>) per bucket; the last bucket
    /// may reach past <paramref name="to"/> when the span is not a whole number of buckets. Timestamps outside
    /// the span are ignored.
    /// </summary>
    public static VolumeSeries FromTimestamps(IEnumerable<DateTimeOffset> timestamps, DateTimeOffset from, DateTimeOffset to, TimeSpan bucket)
    {
        ArgumentNullException.ThrowIfNull(timestamps);
        if (bucket <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(bucket), bucket, "The bucket size must be positive.");
        if (to < from) throw new ArgumentException($"The span ends ({to:O}) before it starts ({from:O}).", nameof(to));

        var buckets = (long)Math.Ceiling((to - from).Ticks / (double)bucket.Ticks);
        if (buckets > Array.MaxLength) throw new ArgumentException($"{buckets} buckets of {bucket} are too many for one series.", nameof(bucket));
        var counts = new long[buckets];
        foreach (var timestamp in timestamps)
        {
            if (timestamp < from || timestamp >= to) continue;
            counts[(timestamp - from).Ticks / bucket.Ticks]++;
        }
        return new VolumeSeries(from, bucket, counts);
    }
}
