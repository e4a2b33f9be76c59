using System.Globalization;

namespace Watchdog.Bench.PerfTable;

/// <summary>Numbers as the README writes them: invariant culture, thousands separated by commas.</summary>
internal static class Format
{
    public static string Whole(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    public static string Decimals(double value, int decimals) => value.ToString("#,0." + new string('0', decimals), CultureInfo.InvariantCulture);

    /// <summary>A share as a percentage with one decimal (0.9963 → 99.6 %).</summary>
    public static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    public static string F1(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
