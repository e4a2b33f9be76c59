using System.Globalization;
using System.Text.RegularExpressions;

namespace Watchdog.Collect.Social.Forums;

/// <summary>
/// Reads the times forums print beside posts: ISO 8601 and Unix times from attributes, and the text forms of the stock
/// themes in English and Russian — "Sat Jan 04, 2020 9:14 pm" (phpBB), "January 05, 2020, 10:00:00 AM" (SMF),
/// "05-01-2020, 10:00 AM" (vBulletin), "05.01.2020, 10:00", "5 января 2020 в 10:00", "Today, 10:00", "Вчера, 18:05".
/// A time without a zone is taken as UTC: the forum's display zone is not on the page.
/// </summary>
public static partial class ForumDates
{
    /// <summary>The first three letters of month names, English and Russian (Kazakh forums mostly print Russian dates).</summary>
    private static readonly Dictionary<string, int> MonthPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["may"] = 5, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8, ["sep"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
        ["янв"] = 1, ["фев"] = 2, ["мар"] = 3, ["апр"] = 4, ["мая"] = 5, ["май"] = 5, ["июн"] = 6, ["июл"] = 7, ["авг"] = 8, ["сен"] = 9, ["окт"] = 10, ["ноя"] = 11, ["дек"] = 12,
    };

    public static DateTimeOffset? Parse(string? text, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        if (UnixSeconds().IsMatch(text) && long.TryParse(text, CultureInfo.InvariantCulture, out var seconds)) return DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (IsoStart().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso)) return iso;

        DateOnly? date = null;
        var rest = text;
        if (Relative().Match(text) is { Success: true } relative)
        {
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            date = relative.Value.ToLowerInvariant() is "yesterday" or "вчера" ? today.AddDays(-1) : today;
            rest = text[(relative.Index + relative.Length)..];
        }
        else if (NamedMonth().Match(text) is { Success: true } named && Month(named.Groups["mon"].Value) is { } month)
        {
            date = Date(int.Parse(named.Groups["y"].Value, CultureInfo.InvariantCulture), month, int.Parse(named.Groups["d"].Value, CultureInfo.InvariantCulture));
            rest = text[(named.Index + named.Length)..];
        }
        else if (Numeric().Match(text) is { Success: true } numeric)
        {
            var a = int.Parse(numeric.Groups["a"].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(numeric.Groups["b"].Value, CultureInfo.InvariantCulture);
            var year = int.Parse(numeric.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (year < 100) year += 2000;
            // "05.01.2020" is day first everywhere; with / or - an English forum writes month first unless that cannot be.
            var dayFirst = numeric.Groups["sep"].Value == "." || a > 12;
            date = dayFirst ? Date(year, b, a) : Date(year, a, b);
            rest = text[(numeric.Index + numeric.Length)..];
        }
        if (date is null) return null;

        var time = TimeOfDay().Match(rest);
        var clock = TimeOnly.MinValue;
        if (time.Success)
        {
            var hour = int.Parse(time.Groups["h"].Value, CultureInfo.InvariantCulture);
            var ampm = time.Groups["ap"].Value.ToLowerInvariant();
            if (ampm.StartsWith('p') && hour < 12) hour += 12;
            if (ampm.StartsWith('a') && hour == 12) hour = 0;
            var second = time.Groups["s"].Success ? int.Parse(time.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
            if (hour < 24) clock = new TimeOnly(hour, int.Parse(time.Groups["mi"].Value, CultureInfo.InvariantCulture), Math.Min(second, 59));
        }
        return new DateTimeOffset(date.Value.ToDateTime(clock), TimeSpan.Zero);
    }

    private static int? Month(string name)
    {
        var key = name.Length >= 3 ? name[..3] : name;
        return MonthPrefixes.TryGetValue(key, out var month) ? month : null;
    }

    private static DateOnly? Date(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && year is > 1990 and < 3000 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    [GeneratedRegex(@"^\d{9,11}$")]
    private static partial Regex UnixSeconds();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoStart();

    [GeneratedRegex(@"\b(today|yesterday|сегодня|вчера)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    [GeneratedRegex(@"(?:(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon>[A-Za-zА-Яа-яЁё]{3,})\.?,?\s+(?<y>\d{4})|(?<mon>[A-Za-zА-Яа-яЁё]{3,})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4}))")]
    private static partial Regex NamedMonth();

    [GeneratedRegex(@"\b(?<a>\d{1,2})(?<sep>[./-])(?<b>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})\b")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2}))?\s*(?<ap>[aApP]\.?[mM]\.?)?")]
    private static partial Regex TimeOfDay();
}
