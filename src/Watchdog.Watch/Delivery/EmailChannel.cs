using Watchdog.Core.Localization;
using Watchdog.Core.Watching;

namespace Watchdog.Watch.Delivery;

/// <summary>E-mails alerts through SMTP (<see cref="SmtpMailSender"/>). A refusal by the server or a connection failure is a failure with the server's reason.</summary>
/// <param name="language">The language alert e-mails are written in (the <c>language</c> setting).</param>
public sealed class EmailChannel(SmtpOptions options, UiLanguage language = UiLanguage.En) : IAlertChannel
{
    private readonly SmtpMailSender _sender = new(options);

    public DeliveryChannel Channel => DeliveryChannel.Email;

    public Task<DeliveryResult> SendAsync(AlertMessage message, CancellationToken ct) =>
        _sender.SendAsync(message.Target.Address, (from, to) => AlertEmail.Compose(message, from, to, language), ct);
}
