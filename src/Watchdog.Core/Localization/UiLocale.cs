namespace Watchdog.Core.Localization;

/// <summary>How a person reads Watchdog's output: the language of its texts and the time zone its dates and days are in.</summary>
public sealed record UiLocale(UiLanguage Language, TimeZoneInfo TimeZone)
{
    /// <summary>English and UTC: what Watchdog writes when nothing else is configured or asked for.</summary>
    public static UiLocale Default { get; } = new(UiLanguage.En, TimeZoneInfo.Utc);

    public UiCulture Culture => UiCulture.Of(Language);

    /// <summary>The wall-clock time of <paramref name="instant"/> in <see cref="TimeZone"/>.</summary>
    public DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime;

    /// <summary>"UTC", or the zone's id ("Asia/Almaty") for labels such as "07:00 Asia/Almaty".</summary>
    public string ZoneLabel => TimeZone == TimeZoneInfo.Utc || TimeZone.Id is "UTC" or "Etc/UTC" ? "UTC" : TimeZone.Id;
}
