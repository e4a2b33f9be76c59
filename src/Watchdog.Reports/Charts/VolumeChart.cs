using ScottPlot;

namespace Watchdog.Reports.Charts;

/// <summary>Renders a volume chart (articles per day or hour, per series, with burst bands) as SVG or PNG.</summary>
public static class VolumeChart
{
    /// <summary>An SVG document; its text stays text, so any script shows wherever a font for it exists.</summary>
    public static string RenderSvg(VolumeChartData data, int width, int height)
    {
        CheckSize(width, height);
        using var plot = VolumePlotBuilder.Build(data);
        return plot.GetSvgXml(width, height);
    }

    /// <summary>A PNG image of exactly <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    public static byte[] RenderPng(VolumeChartData data, int width, int height)
    {
        CheckSize(width, height);
        using var plot = VolumePlotBuilder.Build(data);
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    private static void CheckSize(int width, int height)
    {
        // Skia refuses surfaces past its limits with an unhelpful error; this says what was wrong.
        const int MaxSide = 8000;
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, MaxSide);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, MaxSide);
    }
}
