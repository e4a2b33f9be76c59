using System.Globalization;

namespace Watchdog.Reports.Documents;

/// <summary>How numbers, dates, periods and changes are worded in reports (English, UTC, unambiguous day-month order).</summary>
public static class ReportFormatting
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static string Count(int value) => value.ToString("N0", English);

    /// <summary>A delay in the largest whole unit that fits: "35 min", "4 h", "2 d".</summary>
    public static string Delay(TimeSpan value) =>
        value.TotalHours < 1 ? $"{Math.Max(0, (int)value.TotalMinutes).ToString(English)} min"
        : value.TotalDays < 1 ? $"{((int)value.TotalHours).ToString(English)} h"
        : $"{((int)value.TotalDays).ToString(English)} d";

    public static string Date(DateTimeOffset value) => value.UtcDateTime.ToString("d MMM yyyy", English);

    public static string DateTime(DateTimeOffset value) => value.UtcDateTime.ToString("d MMM yyyy, HH:mm", English) + " UTC";

    /// <summary>"1 Mar 2025 – 14 Mar 2025": an end at midnight is exclusive, so the day before it is the last day shown.</summary>
    public static string Period(ReportPeriod period)
    {
        var to = period.To.UtcDateTime;
        var lastDay = to.TimeOfDay == TimeSpan.Zero && to > period.From.UtcDateTime ? period.To.AddDays(-1) : period.To;
        var first = Date(period.From);
        var last = Date(lastDay);
        return first == last ? first : $"{first} – {last}";
    }

    /// <summary>
    /// The change against the previous period in words: "+25 % on the previous period (80)", "no change",
    /// "none in the previous period", or null when the previous count is unknown.
    /// </summary>
    public static string? Change(int total, int? previous)
    {
        if (previous is not { } before) return null;
        if (before == total) return $"no change on the previous period ({Count(before)})";
        if (before == 0) return "none in the previous period";
        var percent = Math.Round((total - before) * 100.0 / before);
        var sign = percent > 0 ? "+" : "−";
        return $"{sign}{Math.Abs(percent).ToString("N0", English)} % on the previous period ({Count(before)})";
    }

    /// <summary>-1, 0 or 1: the direction of the change, for colouring; 0 when unknown.</summary>
    public static int ChangeDirection(int total, int? previous) => previous is { } before ? Math.Sign(total - before) : 0;
}
