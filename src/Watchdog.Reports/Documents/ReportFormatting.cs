using System.Globalization;
using Watchdog.Core.Localization;

namespace Watchdog.Reports.Documents;

/// <summary>
/// How texts, numbers, dates, periods and changes are worded in reports, charts and report e-mails, in the locale's
/// language (texts from <c>Localization/{en,ru,kk}.json</c>, English where one is missing) and time zone. Dates use the
/// language's pattern with day before month; without locale data for the language (see <see cref="UiCulture"/>) they
/// are written as ISO dates rather than with English month names.
/// </summary>
public sealed class ReportFormatting(UiLocale locale)
{
    private static readonly TextCatalog Texts = TextCatalog.FromEmbeddedJson(typeof(ReportFormatting).Assembly, "Watchdog.Reports.Localization.");

    /// <summary>English, UTC.</summary>
    public static ReportFormatting English { get; } = new(UiLocale.Default);

    public UiLocale Locale => locale;

    /// <summary>The texts of every language, for checking that none lacks a key.</summary>
    public static TextCatalog Catalog => Texts;

    private CultureInfo Culture => locale.Culture.Culture;

    /// <summary>The text of <paramref name="key"/> in the locale's language, placeholders filled.</summary>
    public string Text(string key, params ReadOnlySpan<(string Name, string Value)> values) => Texts.Get(locale.Language, key, values);

    /// <summary>"12 articles", "12 статей", "12 мақала".</summary>
    public string Plural(string key, long count) => Texts.Plural(locale.Language, key, count, Count(count));

    public string Count(long value) => value.ToString("N0", Culture);

    /// <summary>A whole percentage, "20 %".</summary>
    public string Percent(double value) => value.ToString("N0", Culture) + " %";

    /// <summary>A delay in the largest whole unit that fits: "35 min", "4 h", "2 d".</summary>
    public string Delay(TimeSpan value) =>
        value.TotalHours < 1 ? Text("delay.minutes", ("n", Count(Math.Max(0, (int)value.TotalMinutes))))
        : value.TotalDays < 1 ? Text("delay.hours", ("n", Count((int)value.TotalHours)))
        : Text("delay.days", ("n", Count((int)value.TotalDays)));

    public string Date(DateTimeOffset value) => Local(value, "format.date", "yyyy-MM-dd");

    /// <summary>A date and time with the zone it is in: "1 Mar 2025, 07:00 UTC".</summary>
    public string DateTime(DateTimeOffset value) => Local(value, "format.dateTime", "yyyy-MM-dd HH:mm") + " " + locale.ZoneLabel;

    /// <summary>The start of a bucket as a label: "1 Mar" for a day, "1 Mar 07:00" for an hour.</summary>
    public string Bucket(DateTimeOffset start, bool hourly) =>
        hourly ? Local(start, "format.dayMonthHour", "MM-dd HH:00") : Local(start, "format.dayMonth", "MM-dd");

    /// <summary>A day and a time of day without the year or zone, for a time axis: "1 Mar 07:30".</summary>
    public string DayAndTime(DateTimeOffset value) => Local(value, "format.dayMonthTime", "MM-dd HH:mm");

    /// <summary>"1 Mar 2025 – 14 Mar 2025": an end at local midnight is exclusive, so the day before it is the last day shown.</summary>
    public string Period(ReportPeriod period)
    {
        var to = locale.Local(period.To);
        var lastDay = to.TimeOfDay == TimeSpan.Zero && period.To > period.From ? period.To.AddDays(-1) : period.To;
        var first = Date(period.From);
        var last = Date(lastDay);
        return first == last ? first : $"{first} – {last}";
    }

    /// <summary>
    /// The change against the previous period in words: "+25 % on the previous period (80)", "no change",
    /// "none in the previous period", or null when the previous count is unknown.
    /// </summary>
    public string? Change(int total, int? previous)
    {
        if (previous is not { } before) return null;
        if (before == total) return Text("change.same", ("previous", Count(before)));
        if (before == 0) return Text("change.noneBefore");
        return Text("change.percent", ("change", SignedPercent((total - before) / (double)before)), ("previous", Count(before)));
    }

    /// <summary>"+25 %", "−50 %" (a true minus sign), from a ratio (0.25).</summary>
    public string SignedPercent(double ratio)
    {
        var percent = Math.Round(ratio * 100);
        return (percent >= 0 ? "+" : "−") + Percent(Math.Abs(percent));
    }

    /// <summary>-1, 0 or 1: the direction of the change, for colouring; 0 when unknown.</summary>
    public static int ChangeDirection(int total, int? previous) => previous is { } before ? Math.Sign(total - before) : 0;

    private string Local(DateTimeOffset value, string patternKey, string isoPattern) =>
        locale.Culture.IsFallback
            ? locale.Local(value).ToString(isoPattern, CultureInfo.InvariantCulture)
            : locale.Local(value).ToString(Text(patternKey), Culture);
}
