using Watchdog.Core.Watching;

namespace Watchdog.Watch.Delivery;

/// <summary>POSTs alerts as signed JSON (<see cref="AlertPayload"/>, <see cref="SignedWebhookPoster"/>). Any non-2xx answer is a failure.</summary>
/// <param name="timeout">A receiver that takes longer is treated as down and the delivery retried later; <see cref="DefaultTimeout"/> when null.</param>
public sealed class WebhookChannel(HttpClient http, TimeProvider clock, TimeSpan? timeout = null) : IAlertChannel
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    private readonly SignedWebhookPoster _poster = new(http, timeout ?? DefaultTimeout);

    public DeliveryChannel Channel => DeliveryChannel.Webhook;

    public Task<DeliveryResult> SendAsync(AlertMessage message, CancellationToken ct) =>
        _poster.PostAsync(message.Target.Address, AlertPayload.From(message, clock.GetUtcNow()).ToUtf8Json(), message.Target.Secret, ct);
}
