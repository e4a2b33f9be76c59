namespace Watchdog.EndToEnd.Tests.Web.Localization;

/// <summary>The web app configured for Kazakhstan: days cut at Almaty midnight (UTC+5), reports in Russian unless a request asks otherwise.</summary>
public sealed class RegionalWebAppFixture : WebAppFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Watchdog:TimeZone"] = "Asia/Almaty",
        ["Watchdog:Language"] = "ru",
    };
}
