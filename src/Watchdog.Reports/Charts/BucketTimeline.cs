namespace Watchdog.Reports.Charts;

/// <summary>Bucket arithmetic for volume charts: every bucket start from the first point to the last, and zero-filling.</summary>
public static class BucketTimeline
{
    /// <summary>Most buckets drawn (a year of hours); beyond it a chart is unreadable and rendering slow.</summary>
    public const int MaxBuckets = 24 * 366;

    public static TimeSpan Width(VolumeBucket bucket) => bucket switch
    {
        VolumeBucket.Day => TimeSpan.FromDays(1),
        VolumeBucket.Hour => TimeSpan.FromHours(1),
        _ => throw new ArgumentOutOfRangeException(nameof(bucket), bucket, "Unknown bucket."),
    };

    /// <summary>Each bucket start from the earliest to the latest point of any series, in UTC.</summary>
    public static IReadOnlyList<DateTime> Starts(IReadOnlyList<VolumeSeries> series, VolumeBucket bucket)
    {
        var times = series.SelectMany(s => s.Points).Select(p => p.BucketStart.UtcDateTime).ToList();
        if (times.Count == 0) return [];
        var width = Width(bucket);
        var first = times.Min();
        var count = (int)Math.Min(MaxBuckets, (times.Max() - first).Ticks / width.Ticks + 1);
        return Enumerable.Range(0, count).Select(i => first + (width * i)).ToList();
    }

    /// <summary>
    /// The series' count in each bucket (zero where it has no point); a point belongs to the bucket its time falls in,
    /// so points at local midnight or mid-bucket are counted, and points in one bucket are added up.
    /// </summary>
    public static double[] CountsAt(VolumeSeries series, IReadOnlyList<DateTime> starts, VolumeBucket bucket)
    {
        var counts = new double[starts.Count];
        if (starts.Count == 0) return counts;
        var width = Width(bucket).Ticks;
        foreach (var point in series.Points)
        {
            var offset = (point.BucketStart.UtcDateTime - starts[0]).Ticks;
            if (offset >= 0 && offset / width < counts.Length) counts[offset / width] += point.Count;
        }
        return counts;
    }
}
