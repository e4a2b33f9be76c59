using System.Net.Http.Headers;

namespace Watchdog.Collect.Fetching;

/// <summary>Pure rules for reading a response: Retry-After, text content types, redirect statuses.</summary>
internal static class ResponseRules
{
    /// <summary>Retry-After as a delay from <paramref name="now"/>: either delta-seconds or an HTTP-date (never negative).</summary>
    public static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        if (header?.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date) return date > now ? date - now : TimeSpan.Zero;
        return null;
    }

    public static bool IsRedirect(int status) => status is 301 or 302 or 303 or 307 or 308;

    /// <summary>Types worth decoding to text. A missing type is sniffed as text too: many feeds are served without one.</summary>
    public static bool IsTextual(string? mediaType)
    {
        if (string.IsNullOrEmpty(mediaType)) return true;
        var type = mediaType.ToLowerInvariant();
        return type.StartsWith("text/", StringComparison.Ordinal)
            || type.EndsWith("/xml", StringComparison.Ordinal) || type.EndsWith("+xml", StringComparison.Ordinal)
            || type.EndsWith("/json", StringComparison.Ordinal) || type.EndsWith("+json", StringComparison.Ordinal)
            || type is "application/javascript" or "application/x-javascript";
    }
}
