using Microsoft.Extensions.Options;

namespace Watchdog.Pipeline.Configuration;

/// <summary>Checks the settings at start-up so a bad config stops Watchdog with a message naming the setting, not later with a crash.</summary>
public sealed class WatchdogOptionsValidator : IValidateOptions<WatchdogOptions>
{
    public ValidateOptionsResult Validate(string? name, WatchdogOptions options)
    {
        var problems = FindProblems(options).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static IEnumerable<string> AlertProblems(Watching.AlertSettings alerts)
    {
        if (alerts.DeliveryInterval.Value <= TimeSpan.Zero)
            yield return "Watchdog:Alerts:DeliveryInterval must be positive.";
        if (alerts.QueryReloadInterval.Value <= TimeSpan.Zero)
            yield return "Watchdog:Alerts:QueryReloadInterval must be positive.";
        if (alerts.WebhookTimeout.Value <= TimeSpan.Zero || alerts.WebhookTimeout.Value > TimeSpan.FromMinutes(5))
            yield return "Watchdog:Alerts:WebhookTimeout must be positive and at most 5m.";
        var smtp = alerts.Smtp;
        if (smtp.Port is < 1 or > 65535)
            yield return $"Watchdog:Alerts:Smtp:Port {smtp.Port} is not a TCP port (1-65535).";
        if (smtp.Timeout.Value <= TimeSpan.Zero)
            yield return "Watchdog:Alerts:Smtp:Timeout must be positive.";
        if (smtp.IsConfigured && !System.Net.Mail.MailAddress.TryCreate(smtp.From, out _))
            yield return $"Watchdog:Alerts:Smtp:From '{smtp.From}' is not an e-mail address.";
        if (smtp.IsConfigured && string.IsNullOrWhiteSpace(smtp.Host))
            yield return "Watchdog:Alerts:Smtp:Host is empty; e-mail alerts need an SMTP server.";
    }

    private static IEnumerable<string> DemoProblems(DemoSettings demo)
    {
        // The social site listens at Port + 9, which must be a port too.
        if (demo.Port is < 1 or > 65535 - 9)
            yield return $"Watchdog:DemoWeb:Port {demo.Port} is not a TCP port the demo can use (1-65526).";
        if (demo.PublishEvery.Value <= TimeSpan.Zero)
            yield return "Watchdog:DemoWeb:PublishEvery must be positive.";
        if (demo.SourceInterval.Value <= TimeSpan.Zero)
            yield return "Watchdog:DemoWeb:SourceInterval must be positive.";
    }

    public static IEnumerable<string> FindProblems(WatchdogOptions options)
    {
        foreach (var problem in DemoProblems(options.DemoWeb)) yield return problem;
        if (!Core.Localization.UiLanguages.TryParse(options.Language, out _))
            yield return $"Watchdog:Language '{options.Language}' is not a language Watchdog writes in; use en, ru or kk.";
        if (options.Store.Kind == StoreKind.Embedded && string.IsNullOrWhiteSpace(options.DataFolder))
            yield return "Watchdog:DataFolder is empty; set it to the folder for the embedded store (e.g. ./data).";
        if (options.Store.Kind == StoreKind.Postgres && string.IsNullOrWhiteSpace(options.Store.ConnectionString))
            yield return "Watchdog:Store:ConnectionString is required when Watchdog:Store:Kind is Postgres.";
        if (options.Fetcher.ContactUrl is { } contactUrl
            && (!Uri.TryCreate(contactUrl, UriKind.Absolute, out var contact) || contact.Scheme is not ("http" or "https")))
            yield return $"Watchdog:Fetcher:ContactUrl '{options.Fetcher.ContactUrl}' must be an absolute http(s) URL: it goes into the User-Agent.";
        if (options.Fetcher.PerHostConcurrency < 1)
            yield return "Watchdog:Fetcher:PerHostConcurrency must be at least 1.";
        if (options.Fetcher.MaxResponseBytes < 1024)
            yield return "Watchdog:Fetcher:MaxResponseBytes must be at least 1024.";
        if (options.Fetcher.Timeout.Value <= TimeSpan.Zero)
            yield return "Watchdog:Fetcher:Timeout must be positive.";
        if (options.Pipeline.Concurrency < 1)
            yield return "Watchdog:Pipeline:Concurrency must be at least 1.";
        if (options.Pipeline.MaxAttempts < 1)
            yield return "Watchdog:Pipeline:MaxAttempts must be at least 1.";
        if (options.Pipeline.Lease.Value < TimeSpan.FromSeconds(1))
            yield return "Watchdog:Pipeline:Lease must be at least 1s.";
        if (options.Pipeline.PollInterval.Value <= TimeSpan.Zero)
            yield return "Watchdog:Pipeline:PollInterval must be positive.";
        if (options.RetentionDays < 0)
            yield return "Watchdog:RetentionDays must be 0 (keep everything) or more.";
        if (options.Retention.Interval.Value < TimeSpan.FromSeconds(1))
            yield return "Watchdog:Retention:Interval must be at least 1s.";
        if (options.Retention.BatchSize is < 1 or > 10_000)
            yield return "Watchdog:Retention:BatchSize must be between 1 and 10000.";

        foreach (var problem in AlertProblems(options.Alerts)) yield return problem;
        foreach (var problem in options.Social.FindProblems()) yield return problem;

        for (var i = 0; i < options.Sources.Count; i++)
        {
            var source = options.Sources[i];
            if (!SourceUrl.TryParse(source.Url, out _, out var reason))
                yield return $"Watchdog:Sources:{i}:Url {reason}";
            if (source.Every.Value < MinimumSourceInterval)
                yield return $"Watchdog:Sources:{i}:Every must be at least {new Duration(MinimumSourceInterval)}.";
        }
    }

    /// <summary>Polling a source more often than this is impolite and pointless for news.</summary>
    public static readonly TimeSpan MinimumSourceInterval = TimeSpan.FromSeconds(1);
}
