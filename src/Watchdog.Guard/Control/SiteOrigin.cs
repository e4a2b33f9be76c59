using System.Diagnostics.CodeAnalysis;

namespace Watchdog.Guard.Control;

/// <summary>
/// The origin (scheme://host[:port]) a site audit and its proof of control are about. Two ports or two schemes are two
/// origins: proving control of one proves nothing about the other.
/// </summary>
public static class SiteOrigin
{
    /// <returns>False with the reason when <paramref name="text"/> is not an absolute http(s) URL.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Uri? origin, [NotNullWhen(false)] out string? error)
    {
        origin = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text) || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || url.Host.Length == 0)
        {
            error = $"'{text}' is not an absolute http or https URL.";
            return false;
        }
        // "example.org." and "example.org" are one host; the key must not let the trailing dot make a second, unverified one.
        var host = url.IdnHost.TrimEnd('.').ToLowerInvariant();
        origin = new UriBuilder(url.Scheme, host, url.IsDefaultPort ? -1 : url.Port).Uri;
        return true;
    }

    /// <summary>The text stored and compared: "https://news.example.org" or "http://127.0.0.1:5081".</summary>
    public static string Key(Uri origin) => origin.GetLeftPart(UriPartial.Authority);
}
