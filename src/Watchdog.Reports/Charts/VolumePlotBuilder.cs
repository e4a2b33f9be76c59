using ScottPlot;
using Watchdog.Reports.Documents;

namespace Watchdog.Reports.Charts;

/// <summary>
/// Turns <see cref="VolumeChartData"/> into a styled ScottPlot plot; rendering to a format is the caller's. The time axis
/// is the wall clock of the data's time zone, so day buckets that start at local midnight sit on the date labels.
/// </summary>
internal static class VolumePlotBuilder
{
    // Share of a bucket's width the bars of all series fill together, leaving a gap between buckets.
    private const double BarGroupShare = 0.8;

    public static Plot Build(VolumeChartData data)
    {
        var plot = new Plot();
        var f = new ReportFormatting(data.Locale);
        ApplyStyle(plot);
        if (data.IsEmpty)
        {
            AddNoDataMessage(plot, f);
        }
        else
        {
            var starts = BucketTimeline.Starts(data.Series, data.Bucket);
            AddBursts(plot, data.Bursts, f);
            if (data.Kind == VolumeChartKind.Bars) AddBars(plot, data, starts);
            else AddLines(plot, data, starts);
            ConfigureAxes(plot, data.Bucket, f);
            if (data.Series.Count > 1 || data.Bursts.Count > 0) plot.ShowLegend(Edge.Bottom);
        }
        // After the body: hiding the axes of an empty chart would hide a title set earlier.
        if (!string.IsNullOrWhiteSpace(data.Title)) plot.Title(data.Title, size: 17);
        // Last, so that every label added above gets the font that has Cyrillic glyphs.
        plot.Font.Set(ChartFont.Current.FamilyName);
        return plot;
    }

    private static void ApplyStyle(Plot plot)
    {
        plot.FigureBackground.Color = ChartPalette.Background;
        plot.DataBackground.Color = ChartPalette.Background;
        plot.Axes.Color(ChartPalette.MutedInk);
        plot.Axes.Title.Label.ForeColor = ChartPalette.Ink;
        plot.Grid.MajorLineColor = ChartPalette.Grid;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        // Room for the last date label, which is centred on the right edge.
        plot.Axes.Right.MinimumSize = 36;
        plot.Legend.OutlineWidth = 0;
        plot.Legend.ShadowColor = Colors.Transparent;
        plot.Legend.FontColor = ChartPalette.Ink;
    }

    private static void AddNoDataMessage(Plot plot, ReportFormatting f)
    {
        plot.HideAxesAndGrid();
        var text = plot.Add.Text(f.Text("chart.noData"), 0, 0);
        text.LabelFontSize = 18;
        text.LabelFontColor = ChartPalette.MutedInk;
        text.LabelAlignment = Alignment.MiddleCenter;
        plot.Axes.SetLimits(-1, 1, -1, 1);
    }

    private static void AddBursts(Plot plot, IReadOnlyList<BurstPeriod> bursts, ReportFormatting f)
    {
        for (var i = 0; i < bursts.Count; i++)
        {
            var span = plot.Add.HorizontalSpan(f.Locale.Local(bursts[i].Start).ToOADate(), f.Locale.Local(bursts[i].End).ToOADate());
            span.FillStyle.Color = ChartPalette.Burst;
            span.LineStyle.Color = ChartPalette.BurstEdge;
            span.LineStyle.Width = 1;
            // One legend entry for all bursts, not one per band.
            if (i == 0) span.LegendText = f.Text("chart.burst");
        }
    }

    private static void AddBars(Plot plot, VolumeChartData data, IReadOnlyList<DateTime> starts)
    {
        var bucketDays = BucketTimeline.Width(data.Bucket).TotalDays;
        var seriesCount = data.Series.Count;
        var barSize = bucketDays * BarGroupShare / seriesCount;
        for (var s = 0; s < seriesCount; s++)
        {
            var counts = BucketTimeline.CountsAt(data.Series[s], starts, data.Bucket);
            var color = ChartPalette.ForSeries(s);
            // Bars are centred within their bucket, the series of one bucket side by side.
            var offset = (bucketDays / 2) + ((s - ((seriesCount - 1) / 2.0)) * barSize);
            var bars = starts
                .Select((start, i) => new Bar
                {
                    Position = AxisPosition(start, data) + offset,
                    Value = counts[i],
                    Size = barSize,
                    FillColor = color,
                    LineWidth = 0,
                })
                .ToList();
            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = data.Series[s].Name;
        }
        plot.Axes.Margins(bottom: 0);
    }

    private static void AddLines(Plot plot, VolumeChartData data, IReadOnlyList<DateTime> starts)
    {
        // Points sit mid-bucket, like the bars, so a burst band covers exactly the buckets inside it.
        var halfBucket = BucketTimeline.Width(data.Bucket).TotalDays / 2;
        var xs = starts.Select(start => AxisPosition(start, data) + halfBucket).ToArray();
        for (var s = 0; s < data.Series.Count; s++)
        {
            var line = plot.Add.Scatter(xs, BucketTimeline.CountsAt(data.Series[s], starts, data.Bucket));
            line.Color = ChartPalette.ForSeries(s);
            line.LineWidth = 2.5f;
            line.MarkerSize = starts.Count <= 60 ? 5 : 0;
            line.LegendText = data.Series[s].Name;
        }
        plot.Axes.Margins(bottom: 0);
    }

    /// <summary>A bucket start (UTC) on the axis: the wall-clock time of the chart's time zone.</summary>
    private static double AxisPosition(DateTime utcStart, VolumeChartData data) =>
        data.Locale.Local(new DateTimeOffset(utcStart, TimeSpan.Zero)).ToOADate();

    private static void ConfigureAxes(Plot plot, VolumeBucket bucket, ReportFormatting f)
    {
        var dates = plot.Axes.DateTimeTicksBottom();
        // Axis times are already local wall-clock times: label them as they are, in the chart's language (day before month).
        var utcLabels = new ReportFormatting(f.Locale with { TimeZone = TimeZoneInfo.Utc });
        dates.TickGenerator = new ScottPlot.TickGenerators.DateTimeAutomatic
        {
            LabelFormatter = bucket == VolumeBucket.Day
                ? time => utcLabels.Date(new DateTimeOffset(time, TimeSpan.Zero))
                : time => utcLabels.DayAndTime(new DateTimeOffset(time, TimeSpan.Zero)),
        };
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.YLabel(f.Text(bucket == VolumeBucket.Day ? "chart.perDay" : "chart.perHour"), size: 13);
    }
}
