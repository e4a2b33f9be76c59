using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Watchdog.Pipeline.Configuration;
using Watchdog.Application;
using Watchdog.Web.Auth;
using Watchdog.Web.Demo;
using Watchdog.Web.Hosting;

namespace Watchdog.Web;

/// <summary>
/// Builds the Watchdog web app (`watchdog up`): REST API with OpenAPI at /openapi/v1.json and a browsable page at
/// /scalar, the dashboard at /, /healthz and /metrics, and — unless <see cref="WebAppSettings.RunWorkers"/> is off —
/// the scheduler and pipeline in the same process.
/// </summary>
public static class WatchdogWebApp
{
    /// <param name="args">ASP.NET Core host arguments such as <c>--urls http://0.0.0.0:8080</c>.</param>
    public static WebApplication Build(string[] args, WebAppSettings settings)
    {
        var builder = WebApplication.CreateBuilder(args);
        // Lowest priority, so appsettings.json, watchdog.yaml or Logging__LogLevel__* can still turn request logs back on.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = QuietFrameworkLogging });
        builder.Configuration.AddWatchdogSources(settings.ConfigFile, WithDemoOverrides(settings));
        ListeningAddress.Apply(builder);

        var demo = builder.Configuration.GetValue<bool>($"{WatchdogOptions.SectionName}:{nameof(WatchdogOptions.Demo)}");
        if (settings.StoreAccess is { } access) builder.Services.AddSingleton(access);
        builder.Services.AddWatchdogCore(builder.Configuration);
        builder.Services.AddWatchdogWeb(settings.Announce ?? Console.Out);
        builder.Services.AddApiAccess(builder.Configuration);
        // Registered before the workers so the sample web is up and its sources stored before the first poll.
        if (demo) builder.Services.AddHostedService<DemoSampleWeb>();
        if (settings.RunWorkers) builder.Services.AddWatchdogWorkers();

        var app = builder.Build();
        app.MapWatchdogWeb();
        return app;
    }

    /// <summary>One line per HTTP request drowns the pipeline's own log in a long-running service.</summary>
    private static readonly Dictionary<string, string?> QuietFrameworkLogging = new()
    {
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
    };

    /// <summary>The demo fetches from the sample web on 127.0.0.1, which the fetcher refuses unless loopback is allowed.</summary>
    private static Dictionary<string, string?> WithDemoOverrides(WebAppSettings settings)
    {
        var overrides = new Dictionary<string, string?>(settings.ConfigOverrides, StringComparer.OrdinalIgnoreCase);
        if (settings.Demo)
        {
            overrides[$"{WatchdogOptions.SectionName}:{nameof(WatchdogOptions.Demo)}"] = "true";
            overrides[$"{WatchdogOptions.SectionName}:{nameof(WatchdogOptions.Fetcher)}:{nameof(FetcherSettings.AllowLoopback)}"] = "true";
        }
        return overrides;
    }
}
