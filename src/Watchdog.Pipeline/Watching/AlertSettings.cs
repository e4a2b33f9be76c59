using Watchdog.Pipeline.Configuration;
using Watchdog.Watch.Delivery;

namespace Watchdog.Pipeline.Watching;

/// <summary>Alert delivery settings, bound from <c>Watchdog:Alerts</c>.</summary>
public sealed class AlertSettings
{
    /// <summary>
    /// How often due deliveries (webhook, e-mail) are looked for besides right after this process raised alerts: retries,
    /// digests, quiet hours ending, and alerts raised by workers in other processes wait at most about this long.
    /// </summary>
    public Duration DeliveryInterval { get; set; } = Duration.FromSeconds(1);

    /// <summary>
    /// How often the store is asked whether standing queries or watchlists changed (one small read; they are recompiled
    /// only when they did). Another process (the CLI, a worker elsewhere) may change them, so asking is the one signal
    /// every writer gives; changes made through this process's API are picked up at the next article.
    /// </summary>
    public Duration QueryReloadInterval { get; set; } = Duration.FromSeconds(2);

    /// <summary>A webhook receiver that takes longer is treated as down and retried later.</summary>
    public Duration WebhookTimeout { get; set; } = Duration.FromSeconds(15);

    public SmtpSettings Smtp { get; set; } = new();
}

/// <summary>The SMTP server alert e-mails go through; e-mail targets fail with a clear reason while <see cref="From"/> is empty.</summary>
public sealed class SmtpSettings
{
    public string Host { get; set; } = "127.0.0.1";
    public int Port { get; set; } = 25;
    public string? From { get; set; }
    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public Duration Timeout { get; set; } = Duration.FromSeconds(30);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(From);

    public SmtpOptions ToSmtpOptions() => new()
    {
        Host = Host,
        Port = Port,
        From = From ?? "",
        Security = Security,
        UserName = UserName,
        Password = Password,
        Timeout = Timeout.Value,
    };
}
