using System.Globalization;
using System.Text.RegularExpressions;

namespace Watchdog.Collect.Feeds;

/// <summary>Parses feed dates: RFC 822/1123 with the variants found in the wild, and ISO 8601 / W3C-DTF.</summary>
public static partial class FeedDates
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    // RFC 822 zone names, plus a few that real feeds use.
    private static readonly Dictionary<string, int> ZoneHours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = 0, ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5, ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
        ["BST"] = 1, ["CET"] = 1, ["CEST"] = 2, ["MSK"] = 3, ["ALMT"] = 5, ["AQTT"] = 5,
    };

    /// <summary>Two-digit years below this are 20xx, the rest 19xx (RFC 2822 §4.3).</summary>
    private const int TwoDigitYearPivot = 50;

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = value.Trim();
        return ParseRfc822(value) ?? ParseIso8601(value);
    }

    private static DateTimeOffset? ParseRfc822(string value)
    {
        var m = Rfc822().Match(value);
        if (!m.Success) return null;
        var month = Array.FindIndex(Months, name => m.Groups["mon"].Value.StartsWith(name, StringComparison.OrdinalIgnoreCase)) + 1;
        if (month == 0) return null;
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["y"].Value.Length == 2) year += year < TwoDigitYearPivot ? 2000 : 1900;
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        var hour = m.Groups["h"].Success ? int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
        var minute = m.Groups["mi"].Success ? int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture) : 0;
        var second = m.Groups["s"].Success ? double.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        var offset = ParseZone(m.Groups["z"].Value);
        if (offset is null) return null;
        try
        {
            // Hour 24 ("24:00:00") means midnight at the end of the day.
            var extraDay = hour == 24 ? 1 : 0;
            var local = new DateTime(year, month, day, hour % 24, minute, 0, DateTimeKind.Unspecified).AddSeconds(second).AddDays(extraDay);
            return new DateTimeOffset(local, offset.Value);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static TimeSpan? ParseZone(string zone)
    {
        if (zone.Length == 0) return TimeSpan.Zero; // a missing zone is taken as UTC
        if (ZoneHours.TryGetValue(zone, out var hours)) return TimeSpan.FromHours(hours);
        var numeric = NumericZone().Match(zone);
        if (numeric.Success)
        {
            var span = new TimeSpan(int.Parse(numeric.Groups["h"].Value, CultureInfo.InvariantCulture), int.Parse(numeric.Groups["m"].Value, CultureInfo.InvariantCulture), 0);
            return numeric.Groups["sign"].Value == "-" ? -span : span;
        }
        // RFC 822 military zones are notoriously used with the wrong sign; RFC 2822 says treat them as UTC.
        return zone.Length == 1 && char.IsAsciiLetter(zone[0]) ? TimeSpan.Zero : null;
    }

    private static DateTimeOffset? ParseIso8601(string value)
    {
        var m = Iso8601().Match(value);
        if (!m.Success) return null;
        int Part(string name, int fallback) => m.Groups[name].Success ? int.Parse(m.Groups[name].Value, CultureInfo.InvariantCulture) : fallback;
        var offset = ParseZone(m.Groups["z"].Value);
        if (offset is null) return null;
        try
        {
            var fraction = m.Groups["f"].Success ? double.Parse("0." + m.Groups["f"].Value, CultureInfo.InvariantCulture) : 0;
            var local = new DateTime(Part("y", 1), Part("mo", 1), Part("d", 1), Part("h", 0), Part("mi", 0), Part("s", 0), DateTimeKind.Unspecified).AddSeconds(fraction);
            return new DateTimeOffset(local, offset.Value);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^(?:[A-Za-z]+,?\s*)?(?<d>\d{1,2})[\s\-]+(?<mon>[A-Za-z]{3,})\.?,?[\s\-]+(?<y>\d{4}|\d{2})(?:[\sT,]+(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{1,2}(?:\.\d+)?))?)?\s*(?<z>[A-Za-z]{1,5}|[+\-]\d{1,2}:?\d{2})?\s*$")]
    private static partial Regex Rfc822();

    [GeneratedRegex(@"^(?<sign>[+\-])(?<h>\d{1,2}):?(?<m>\d{2})$")]
    private static partial Regex NumericZone();

    [GeneratedRegex(@"^(?<y>\d{4})(?:-?(?<mo>\d{2})(?:-?(?<d>\d{2})(?:[T\s](?<h>\d{2}):?(?<mi>\d{2})(?::?(?<s>\d{2})(?:[.,](?<f>\d+))?)?\s*(?<z>Z|[+\-]\d{2}:?\d{2})?)?)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Iso8601();
}
