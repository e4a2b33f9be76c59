using System.Net;
using Watchdog.Pipeline.Configuration;

namespace Watchdog.Web.Auth;

/// <summary>
/// Decides whether the REST API asks for a token. Tokens are skipped only when someone chose so: <c>auth.required: false</c>,
/// or the offline demo (<c>--demo</c>) listening on loopback alone. Everything else — loopback included, since a
/// reverse proxy on the same host makes loopback reachable from anywhere — asks for tokens.
/// </summary>
public static class AuthRequirement
{
    /// <param name="demo">The app runs the offline demo (<c>watchdog up --demo</c>).</param>
    /// <param name="listeningUrls">What the app listens on, ';'-separated as in <c>--urls</c>.</param>
    public static ApiAccess Decide(AuthSettings settings, bool demo, string listeningUrls) => settings.Required switch
    {
        true => new ApiAccess(true, "tokens required (auth.required: true)"),
        false => new ApiAccess(false, "tokens off (auth.required: false): every caller not coming through a proxy acts as the admin 'local'"),
        null when demo && IsLoopbackOnly(listeningUrls) => new ApiAccess(false, "tokens off for the demo on loopback: every caller not coming through a proxy acts as the admin 'local'"),
        null => new ApiAccess(true, "tokens required (the default; set auth.required: false to turn them off)"),
    };

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
