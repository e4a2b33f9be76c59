using System.Net;
using Watchdog.Pipeline.Governance;

namespace Watchdog.Web.Auth;

/// <summary>Decides whether the REST API asks for a token: as configured, else only when the app is reachable from other machines.</summary>
public static class AuthRequirement
{
    /// <param name="listeningUrls">What the app listens on, ';'-separated as in <c>--urls</c>.</param>
    public static bool IsRequired(AuthSettings settings, string listeningUrls) => settings.Required ?? !IsLoopbackOnly(listeningUrls);

    /// <summary>
    /// True when every address is a loopback one (127.0.0.0/8, ::1, localhost). Wildcards (<c>*</c>, <c>+</c>, 0.0.0.0)
    /// and anything unreadable count as reachable from elsewhere.
    /// </summary>
    public static bool IsLoopbackOnly(string listeningUrls)
    {
        var urls = listeningUrls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return urls.Length > 0 && urls.All(IsLoopback);
    }

    private static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return false;
        if (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }
}
