using Microsoft.Extensions.Logging;
using Watchdog.Core.Localization;
using Watchdog.Core.Time;

namespace Watchdog.Pipeline.Configuration;

/// <summary>The installation's default <see cref="UiLocale"/>: the <c>language</c> and <c>timeZone</c> settings.</summary>
public static class RegionalSettings
{
    /// <summary>The locale the settings name; an unknown time zone is logged as a warning and UTC used (the language was validated at start).</summary>
    public static UiLocale Resolve(WatchdogOptions options, ILogger logger)
    {
        var language = UiLanguages.TryParse(options.Language, out var parsed) ? parsed : UiLanguage.En;
        var (zone, warning) = TimeZoneSetting.Resolve(options.TimeZone);
        if (warning is not null) logger.LogWarning("Watchdog:TimeZone: {Warning}", warning);
        return new UiLocale(language, zone);
    }
}
