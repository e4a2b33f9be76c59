using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace Watchdog.Web.Hosting;

/// <summary>Chooses where the app listens: <c>--urls</c> or ASPNETCORE_URLS first, then <c>Watchdog:Urls</c> from config, then loopback.</summary>
public static class ListeningAddress
{
    /// <summary>Loopback by default: exposing the dashboard to a network must be an explicit choice.</summary>
    public const string Default = "http://127.0.0.1:5080";

    public const string ConfigKey = "Watchdog:Urls";

    private const string WebHostDefaultsUrlsKey = "urls";

    public static string Choose(IConfiguration configuration)
    {
        // The host reads "urls" from --urls and ASPNETCORE_URLS (both end up under that key).
        var fromHost = configuration[WebHostDefaultsUrlsKey];
        if (!string.IsNullOrWhiteSpace(fromHost)) return fromHost;
        var fromConfig = configuration[ConfigKey];
        return string.IsNullOrWhiteSpace(fromConfig) ? Default : fromConfig;
    }

    public static void Apply(WebApplicationBuilder builder) => builder.WebHost.UseUrls(Choose(builder.Configuration));
}
