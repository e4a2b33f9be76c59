using Microsoft.Extensions.Configuration;

namespace Watchdog.Pipeline.Configuration;

/// <summary>Where Watchdog reads its settings from, in increasing priority: watchdog.yaml, environment variables, explicit overrides (command line).</summary>
public static class WatchdogConfiguration
{
    public const string DefaultFileName = "watchdog.yaml";

    /// <summary>
    /// Adds <paramref name="configFile"/> (or <c>./watchdog.yaml</c> when present), then <c>WATCHDOG__*</c> environment
    /// variables, then <paramref name="overrides"/> (keys like <c>Watchdog:DataFolder</c>).
    /// </summary>
    /// <exception cref="FileNotFoundException">An explicitly named config file does not exist.</exception>
    public static IConfigurationBuilder AddWatchdogSources(
        this IConfigurationBuilder builder, string? configFile, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        if (configFile is not null)
        {
            var full = Path.GetFullPath(configFile);
            if (!File.Exists(full)) throw new FileNotFoundException($"Config file '{configFile}' does not exist.", full);
            builder.AddWatchdogYaml(full, optional: false);
        }
        else
        {
            builder.AddWatchdogYaml(Path.GetFullPath(DefaultFileName), optional: true);
        }
        builder.AddEnvironmentVariables();
        if (overrides is { Count: > 0 }) builder.AddInMemoryCollection(overrides);
        return builder;
    }
}
