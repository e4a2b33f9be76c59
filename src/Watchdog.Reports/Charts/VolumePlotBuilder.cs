using System.Globalization;
using ScottPlot;

namespace Watchdog.Reports.Charts;

/// <summary>Turns <see cref="VolumeChartData"/> into a styled ScottPlot plot; rendering to a format is the caller's.</summary>
internal static class VolumePlotBuilder
{
    private const string NoDataMessage = "No articles in this period";
    private const string BurstLegend = "Burst";
    // Share of a bucket's width the bars of all series fill together, leaving a gap between buckets.
    private const double BarGroupShare = 0.8;

    public static Plot Build(VolumeChartData data)
    {
        var plot = new Plot();
        ApplyStyle(plot);
        if (data.IsEmpty)
        {
            AddNoDataMessage(plot);
        }
        else
        {
            var starts = BucketTimeline.Starts(data.Series, data.Bucket);
            AddBursts(plot, data.Bursts);
            if (data.Kind == VolumeChartKind.Bars) AddBars(plot, data, starts);
            else AddLines(plot, data, starts);
            ConfigureAxes(plot, data.Bucket);
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

    private static void AddNoDataMessage(Plot plot)
    {
        plot.HideAxesAndGrid();
        var text = plot.Add.Text(NoDataMessage, 0, 0);
        text.LabelFontSize = 18;
        text.LabelFontColor = ChartPalette.MutedInk;
        text.LabelAlignment = Alignment.MiddleCenter;
        plot.Axes.SetLimits(-1, 1, -1, 1);
    }

    private static void AddBursts(Plot plot, IReadOnlyList<BurstPeriod> bursts)
    {
        for (var i = 0; i < bursts.Count; i++)
        {
            var span = plot.Add.HorizontalSpan(bursts[i].Start.UtcDateTime.ToOADate(), bursts[i].End.UtcDateTime.ToOADate());
            span.FillStyle.Color = ChartPalette.Burst;
            span.LineStyle.Color = ChartPalette.BurstEdge;
            span.LineStyle.Width = 1;
            // One legend entry for all bursts, not one per band.
            if (i == 0) span.LegendText = BurstLegend;
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
                    Position = start.ToOADate() + offset,
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
        var xs = starts.Select(start => start.ToOADate() + halfBucket).ToArray();
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

    private static string FormatDay(DateTime time) => time.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static string FormatHour(DateTime time) => time.ToString("d MMM HH:mm", CultureInfo.InvariantCulture);

    private static void ConfigureAxes(Plot plot, VolumeBucket bucket)
    {
        var dates = plot.Axes.DateTimeTicksBottom();
        // Day-month labels read the same in every locale, unlike the US "03/09/2025" default.
        dates.TickGenerator = new ScottPlot.TickGenerators.DateTimeAutomatic
        {
            LabelFormatter = bucket == VolumeBucket.Day ? FormatDay : FormatHour,
        };
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.YLabel(bucket == VolumeBucket.Day ? "Articles per day" : "Articles per hour", size: 13);
    }
}
