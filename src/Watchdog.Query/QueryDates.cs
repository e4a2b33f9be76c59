using System.Globalization;

namespace Watchdog.Query;

/// <summary>Dates in queries: a day (<c>2024-05-01</c>, the whole day in UTC) or an ISO 8601 instant.</summary>
internal static class QueryDates
{
    private static readonly string[] DayFormats = ["yyyy-MM-dd"];

    private static readonly string[] InstantFormats =
        ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy-MM-ddTHH:mmzzz", "yyyy-MM-ddTHH:mm:sszzz",
         "yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", "yyyy-MM-ddTHH:mmZ", "yyyy-MM-ddTHH:mm:ssZ", "yyyy-MM-ddTHH:mm:ss.FFFFFFFZ"];

    private const DateTimeStyles Styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;

    /// <summary>The first instant that satisfies "on or after" (inclusive) or "after" (exclusive) the value.</summary>
    public static DateTimeOffset LowerBound(QueryToken token, bool inclusive)
    {
        var (instant, isDay) = Read(token);
        if (inclusive) return instant;
        return isDay ? instant.AddDays(1) : instant.AddTicks(1);
    }

    /// <summary>The first instant that no longer satisfies "on or before" (inclusive) or "before" (exclusive) the value.</summary>
    public static DateTimeOffset UpperBound(QueryToken token, bool inclusive)
    {
        var (instant, isDay) = Read(token);
        if (!inclusive) return instant;
        return isDay ? instant.AddDays(1) : instant.AddTicks(1);
    }

    private static (DateTimeOffset Instant, bool IsDay) Read(QueryToken token)
    {
        if (DateTimeOffset.TryParseExact(token.Text, DayFormats, CultureInfo.InvariantCulture, Styles, out var day)) return (day, true);
        if (DateTimeOffset.TryParseExact(token.Text, InstantFormats, CultureInfo.InvariantCulture, Styles, out var instant)) return (instant, false);
        throw new QueryParseException("a date (yyyy-MM-dd or yyyy-MM-ddTHH:mm:ssZ)", token.Position, $"'{token.Text}'");
    }
}
