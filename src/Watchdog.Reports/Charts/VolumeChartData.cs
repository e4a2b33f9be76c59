using Watchdog.Core.Localization;

namespace Watchdog.Reports.Charts;

/// <summary>What a volume chart shows: article counts per time bucket for one or more named series.</summary>
/// <param name="Title">Shown above the chart; may be empty.</param>
/// <param name="Bucket">Width of one bucket; each point's time is the start of its bucket.</param>
/// <param name="Series">One series per watchlist or query; a series may have gaps (missing buckets count as zero).</param>
/// <param name="Bursts">Periods to highlight behind the data, e.g. detected bursts.</param>
public sealed record VolumeChartData(
    string Title,
    VolumeBucket Bucket,
    IReadOnlyList<VolumeSeries> Series,
    IReadOnlyList<BurstPeriod> Bursts,
    VolumeChartKind Kind = VolumeChartKind.Bars)
{
    /// <summary>The language of the chart's labels and the time zone its axis is drawn in (bucket starts at local midnight read as such).</summary>
    public UiLocale Locale { get; init; } = UiLocale.Default;

    /// <summary>True when no series has a point, so the chart says "no data" instead of drawing empty axes.</summary>
    public bool IsEmpty => Series.All(series => series.Points.Count == 0);
}

/// <summary>A named run of counts, one per bucket.</summary>
public sealed record VolumeSeries(string Name, IReadOnlyList<VolumePoint> Points);

/// <summary>The number of articles in the bucket that starts at <paramref name="BucketStart"/>.</summary>
public sealed record VolumePoint(DateTimeOffset BucketStart, int Count);

/// <summary>A highlighted period, from its start to its end.</summary>
public sealed record BurstPeriod(DateTimeOffset Start, DateTimeOffset End);

/// <summary>The time span one bar or line point stands for.</summary>
public enum VolumeBucket
{
    Day,
    Hour,
}

/// <summary>How counts are drawn: bars (grouped side by side when there are several series) or lines.</summary>
public enum VolumeChartKind
{
    Bars,
    Line,
}
