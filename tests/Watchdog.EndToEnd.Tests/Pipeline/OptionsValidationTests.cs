using Watchdog.Pipeline.Configuration;

namespace Watchdog.EndToEnd.Tests.Pipeline;

public class OptionsValidationTests
{
    [Fact]
    public void Default_settings_are_valid()
    {
        Assert.Empty(WatchdogOptionsValidator.FindProblems(new WatchdogOptions()));
    }

    [Fact]
    public void Bad_alert_settings_are_named_at_start()
    {
        var options = new WatchdogOptions();
        options.Alerts.WebhookTimeout = Duration.FromSeconds(0);
        options.Alerts.Smtp.Port = 70_000;
        options.Alerts.Smtp.From = "not an address";

        var problems = WatchdogOptionsValidator.FindProblems(options).ToList();

        Assert.Contains("Watchdog:Alerts:WebhookTimeout must be positive and at most 5m.", problems);
        Assert.Contains("Watchdog:Alerts:Smtp:Port 70000 is not a TCP port (1-65535).", problems);
        Assert.Contains("Watchdog:Alerts:Smtp:From 'not an address' is not an e-mail address.", problems);
    }
}
