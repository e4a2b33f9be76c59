using System.Globalization;

namespace Watchdog.SampleWeb.Serving;

/// <summary>RFC 9110 §13 evaluation of If-None-Match and If-Modified-Since for a GET.</summary>
public static class ConditionalGet
{
    public static bool IsNotModified(string? ifNoneMatch, string? ifModifiedSince, string etag, DateTimeOffset lastModified)
    {
        // If-None-Match takes precedence; If-Modified-Since is then ignored (RFC 9110 §13.1.3).
        if (!string.IsNullOrWhiteSpace(ifNoneMatch)) return MatchesAny(ifNoneMatch, etag);
        if (string.IsNullOrWhiteSpace(ifModifiedSince)) return false;
        if (!DateTimeOffset.TryParseExact(ifModifiedSince.Trim(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since)) return false;
        // HTTP dates have whole seconds.
        return TruncateToSeconds(lastModified) <= since;
    }

    private static bool MatchesAny(string ifNoneMatch, string etag) =>
        ifNoneMatch.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(candidate => candidate == "*" || WeakTag(candidate) == WeakTag(etag));

    /// <summary>If-None-Match uses the weak comparison: W/"x" matches "x".</summary>
    private static string WeakTag(string tag) => tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag;

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset date) =>
        new(date.Ticks - date.Ticks % TimeSpan.TicksPerSecond, date.Offset);
}
