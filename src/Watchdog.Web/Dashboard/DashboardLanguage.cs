using Microsoft.Net.Http.Headers;

namespace Watchdog.Web.Dashboard;

/// <summary>
/// Which of the dashboard's languages a request asks for, from its Accept-Language header. The server decides rather
/// than the page's script alone because browsers differ in what they expose to scripts (headless chromium's
/// <c>--lang</c> changes the header but not <c>navigator.languages</c>), and the header is what the person configured.
/// </summary>
public static class DashboardLanguage
{
    public static readonly IReadOnlyList<string> Supported = ["en", "ru", "kk"];

    /// <summary>
    /// The supported language with the highest quality in <paramref name="acceptLanguage"/> (a region is ignored:
    /// ru-KZ is Russian; "*" is not a choice), or null when none is asked for, so the page can fall back to its own rules.
    /// </summary>
    public static string? Negotiate(IEnumerable<StringWithQualityHeaderValue> acceptLanguage)
    {
        string? best = null;
        var bestQuality = 0.0;
        foreach (var entry in acceptLanguage)
        {
            var quality = entry.Quality ?? 1.0;
            var language = BaseLanguage(entry.Value.Value);
            // Strictly greater: among equal qualities the header's order decides, and the first stays.
            if (language is not null && quality > bestQuality)
            {
                best = language;
                bestQuality = quality;
            }
        }
        return best;
    }

    private static string? BaseLanguage(string? tag)
    {
        if (string.IsNullOrEmpty(tag)) return null;
        var dash = tag.IndexOf('-', StringComparison.Ordinal);
        var language = (dash < 0 ? tag : tag[..dash]).ToLowerInvariant();
        return Supported.Contains(language) ? language : null;
    }
}
