using Watchdog.Reports.Charts;

namespace Watchdog.Reports.Tests.Support;

/// <summary>Chart inputs shaped like real watchlist volumes: two series over two weeks with a burst.</summary>
public static class SampleCharts
{
    public static readonly DateTimeOffset FirstDay = new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public static VolumeChartData TwoWatchlists(VolumeChartKind kind = VolumeChartKind.Bars) => new(
        "Упоминания: выборы в Казахстане",
        VolumeBucket.Day,
        [
            Series("Выборы", [3, 4, 2, 5, 4, 3, 6, 18, 25, 14, 6, 4, 3, 5]),
            Series("Protests", [1, 0, 2, 1, 1, 0, 2, 9, 12, 6, 2, 1, 0, 1]),
        ],
        [new BurstPeriod(FirstDay.AddDays(7), FirstDay.AddDays(10))],
        kind);

    public static VolumeSeries Series(string name, int[] dailyCounts) =>
        new(name, dailyCounts.Select((count, day) => new VolumePoint(FirstDay.AddDays(day), count)).ToList());

    public static VolumeChartData Empty(string title = "Nothing here") => new(title, VolumeBucket.Day, [], []);
}
