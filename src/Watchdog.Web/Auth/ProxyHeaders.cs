using Microsoft.AspNetCore.Http;

namespace Watchdog.Web.Auth;

/// <summary>
/// Recognises a request relayed by a proxy. With tokens off, "whoever reaches the app" must mean people on the machine
/// itself; a request relayed by a reverse proxy may come from anywhere, so it is asked for a token all the same.
/// </summary>
public static class ProxyHeaders
{
    /// <returns>The first proxy header the request carries (<c>Forwarded</c>, <c>X-Forwarded-*</c>, <c>X-Real-IP</c>, <c>Via</c>), or null.</returns>
    public static string? Find(IHeaderDictionary headers)
    {
        // The pairs rather than Keys: Kestrel builds a new set of names for every call to Keys, on every API request.
        foreach (var (name, _) in headers)
            if (IsProxyHeader(name)) return name;
        return null;
    }

    private static bool IsProxyHeader(string name) =>
        name.Equals("Forwarded", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("X-Forwarded-", StringComparison.OrdinalIgnoreCase)
        || name.Equals("X-Real-IP", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Via", StringComparison.OrdinalIgnoreCase);
}
