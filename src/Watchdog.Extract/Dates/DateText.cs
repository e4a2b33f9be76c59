using System.Globalization;
using System.Text.RegularExpressions;

namespace Watchdog.Extract.Dates;

/// <summary>
/// Reads dates written for machines (ISO 8601, RFC 1123, compact yyyyMMdd) and for people
/// ("12 марта 2024", "2024 жылғы 12 наурыз", "March 12, 2024", "12.03.2024", "12-03-2024").
/// </summary>
public static partial class DateText
{
    /// <summary>Dates before this are typos or placeholders (0001-01-01, 1970-01-01), not publication dates.</summary>
    public static readonly DateTimeOffset Earliest = new(1995, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Parses a machine-readable date; null when it is not one or is implausible.</summary>
    public static DateTimeOffset? ParseMachine(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim();
        if (CompactDate().Match(text) is { Success: true } compact)
        {
            return Build(int.Parse(compact.Groups["y"].Value, CultureInfo.InvariantCulture),
                int.Parse(compact.Groups["m"].Value, CultureInfo.InvariantCulture),
                int.Parse(compact.Groups["d"].Value, CultureInfo.InvariantCulture));
        }
        if (!char.IsAsciiDigit(text[0]) && !char.IsAsciiLetter(text[0])) return null;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? Plausible(parsed)
            : FindInText(text);
    }

    /// <summary>Finds the first human-written date in a piece of text.</summary>
    public static DateTimeOffset? FindInText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        foreach (Match match in HumanDate().Matches(text))
        {
            var date = FromMatch(match);
            if (date is not null) return date;
        }
        return null;
    }

    private static DateTimeOffset? FromMatch(Match match)
    {
        var g = match.Groups;
        int Int(string name) => int.Parse(g[name].Value, CultureInfo.InvariantCulture);
        if (g["kkY"].Success) return Build(Int("kkY"), MonthNames.Parse(g["kkM"].Value), Int("kkD"));
        if (g["dmyD"].Success) return Build(Int("dmyY"), MonthNames.Parse(g["dmyM"].Value), Int("dmyD"));
        if (g["mdyD"].Success) return Build(Int("mdyY"), MonthNames.Parse(g["mdyM"].Value), Int("mdyD"));
        if (g["numD"].Success) return Build(Int("numY"), Int("numM"), Int("numD"));
        if (g["isoY"].Success) return Build(Int("isoY"), Int("isoM"), Int("isoD"));
        return null;
    }

    public static DateTimeOffset? Build(int year, int month, int day)
    {
        if (month is < 1 or > 12 || day < 1 || year < 1 || year > 9999 || day > DateTime.DaysInMonth(year, month)) return null;
        return Plausible(new DateTimeOffset(year, month, day, 0, 0, 0, TimeSpan.Zero));
    }

    // A page may be dated a little ahead of our clock (time zones, scheduled posts), not years ahead.
    private static DateTimeOffset? Plausible(DateTimeOffset date) =>
        date >= Earliest && date <= DateTimeOffset.UtcNow.AddDays(2) ? date : null;

    [GeneratedRegex(@"^(?<y>(?:19|20)\d{2})(?<m>[01]\d)(?<d>[0-3]\d)$")]
    private static partial Regex CompactDate();

    // One pattern with named alternatives, tried left to right in the text:
    //   Kazakh "2024 жылғы 12 наурыз" / "2024 ж. 12 наурыз"; day-month-year "12 марта 2024", "12 March 2024";
    //   month-day-year "March 12, 2024"; numeric "12.03.2024" or "12-03-2024" (DataLife Engine's default); ISO "2024-03-12".
    [GeneratedRegex(@"(?<kkY>(?:19|20)\d{2})\s*(?:жылғы|жылы|ж\.)\s*(?<kkD>\d{1,2})\s+(?<kkM>\p{L}{3,12})"
        + @"|\b(?<dmyD>\d{1,2})(?:st|nd|rd|th)?\s+(?<dmyM>\p{L}{3,12})\.?,?\s+(?<dmyY>(?:19|20)\d{2})\b"
        + @"|\b(?<mdyM>\p{L}{3,9})\.?\s+(?<mdyD>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<mdyY>(?:19|20)\d{2})\b"
        + @"|\b(?<numD>[0-3]?\d)(?<numSep>[.-])(?<numM>[01]?\d)\k<numSep>(?<numY>(?:19|20)\d{2})\b"
        + @"|\b(?<isoY>(?:19|20)\d{2})-(?<isoM>[01]\d)-(?<isoD>[0-3]\d)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex HumanDate();
}
