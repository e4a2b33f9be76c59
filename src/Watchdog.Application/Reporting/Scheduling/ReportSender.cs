using Watchdog.Watch.Delivery;

namespace Watchdog.Application.Reporting.Scheduling;

/// <summary>
/// Sends a rendered report to one destination through the alerts' own senders: e-mail through the configured SMTP
/// server, webhooks as a signed POST. Failures are values with the reason, like alert deliveries.
/// </summary>
/// <param name="smtp">Null while no SMTP sender is configured; e-mail destinations then fail with that reason.</param>
public sealed class ReportSender(SmtpMailSender? smtp, SignedWebhookPoster webhooks)
{
    public Task<DeliveryResult> SendAsync(RenderedReport rendered, ReportDestination destination, CancellationToken ct)
    {
        if (destination.EmailAddress is { } address)
        {
            return smtp is null
                ? Task.FromResult(DeliveryResult.Failed("no SMTP sender is configured (Watchdog:Alerts:Smtp:From)"))
                : smtp.SendAsync(address, (from, to) => ReportEmail.Compose(rendered, from, to), ct);
        }
        return rendered.Report.Webhook is { } url
            ? webhooks.PostAsync(url.AbsoluteUri, ReportWebhookPayload.Of(rendered).ToUtf8Json(), rendered.Report.Secret, ct)
            : Task.FromResult(DeliveryResult.Failed("the report has no webhook"));
    }
}
