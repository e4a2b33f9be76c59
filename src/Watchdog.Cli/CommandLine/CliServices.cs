using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Watchdog.Pipeline.Configuration;
using Watchdog.Application;
using Watchdog.Pipeline.Storage;

namespace Watchdog.Cli.CommandLine;

/// <summary>Settings and services for one-shot commands (sources, search, stats, reprocess): the same registrations as the service, nothing running in the background.</summary>
public static class CliServices
{
    /// <summary>Settings from --config / ./watchdog.yaml, WATCHDOG__* variables and --data, in increasing priority.</summary>
    public static IConfiguration BuildConfiguration(ParseResult parse, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var overrides = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (parse.GetValue(GlobalOptions.Data) is { } data) overrides[$"{WatchdogOptions.SectionName}:{nameof(WatchdogOptions.DataFolder)}"] = data.FullName;
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) overrides[key] = value;
        return new ConfigurationBuilder().AddWatchdogSources(parse.GetValue(GlobalOptions.Config)?.FullName, overrides).Build();
    }

    /// <summary>Builds the services and validates the settings, so a bad config fails here with its message.</summary>
    /// <param name="access">
    /// Reader (the default) for commands that only read: they never take the search index's write lock, so they run
    /// beside the service and never hold up its start. Commands that change articles pass <see cref="StoreAccess.WriterIfFree"/>.
    /// </param>
    /// <exception cref="OptionsValidationException">The settings are invalid.</exception>
    public static ServiceProvider Open(ParseResult parse, StoreAccess? access = null, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var configuration = BuildConfiguration(parse, extra);
        var services = new ServiceCollection()
            .AddSingleton(access ?? StoreAccess.Reader)
            .AddLogging(logging => logging.AddConfiguration(configuration.GetSection("Logging")).AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning))
            .AddWatchdogCore(configuration)
            .BuildServiceProvider();
        _ = services.GetRequiredService<IOptions<WatchdogOptions>>().Value;
        return services;
    }
}
