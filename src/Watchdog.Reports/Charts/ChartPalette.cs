using ScottPlot;

namespace Watchdog.Reports.Charts;

/// <summary>Colours of the charts: a restrained, colour-blind-safe set (Okabe–Ito) on white, matching the report's ink.</summary>
public static class ChartPalette
{
    public static readonly Color Ink = Color.FromHex("#1F2933");
    public static readonly Color MutedInk = Color.FromHex("#52606D");
    public static readonly Color Grid = Color.FromHex("#E4E7EB");
    public static readonly Color Background = Colors.White;
    public static readonly Color Burst = Color.FromHex("#D55E00").WithAlpha(0.12);
    public static readonly Color BurstEdge = Color.FromHex("#D55E00").WithAlpha(0.45);

    private static readonly Color[] SeriesColors =
    [
        Color.FromHex("#0072B2"), Color.FromHex("#E69F00"), Color.FromHex("#009E73"),
        Color.FromHex("#CC79A7"), Color.FromHex("#56B4E9"), Color.FromHex("#D55E00"), Color.FromHex("#000000"),
    ];

    public static Color ForSeries(int index) => SeriesColors[index % SeriesColors.Length];
}
