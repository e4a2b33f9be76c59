using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Watchdog.Core.Localization;

namespace Watchdog.Web.Localization;

/// <summary>
/// The language an API answer (a report, a chart) is written in: the request's <c>locale</c> parameter, else its
/// Accept-Language when that names a language Watchdog writes, else the configured default. The time zone is always the
/// configured one, so every reader sees the same day buckets.
/// </summary>
public static class RequestLocale
{
    /// <returns>The locale, or an error for the <c>locale</c> parameter when it names no language Watchdog writes.</returns>
    public static (UiLocale Locale, string? Error) Resolve(string? locale, HttpRequest request, UiLocale defaults)
    {
        if (!string.IsNullOrWhiteSpace(locale))
        {
            return UiLanguages.TryParse(locale, out var asked)
                ? (defaults with { Language = asked }, null)
                : (defaults, $"'{locale}' is not a language Watchdog writes in; use en, ru or kk.");
        }
        var accepted = UiLanguages.FromAcceptLanguage(request.Headers[HeaderNames.AcceptLanguage].ToString());
        return (accepted is { } language ? defaults with { Language = language } : defaults, null);
    }
}
