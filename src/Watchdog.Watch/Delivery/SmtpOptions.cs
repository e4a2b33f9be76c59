namespace Watchdog.Watch.Delivery;

/// <summary>The SMTP server alerts are e-mailed through (bound from configuration).</summary>
public sealed record SmtpOptions
{
    public string Host { get; init; } = "127.0.0.1";
    public int Port { get; init; } = 25;
    public required string From { get; init; }
    /// <summary>None, StartTls or SslOnConnect; "Auto" lets MailKit pick by port.</summary>
    public SmtpSecurity Security { get; init; } = SmtpSecurity.Auto;
    public string? UserName { get; init; }
    public string? Password { get; init; }
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}

public enum SmtpSecurity { Auto, None, StartTls, SslOnConnect }
