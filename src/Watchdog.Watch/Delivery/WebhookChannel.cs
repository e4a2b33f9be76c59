using System.Net.Http.Headers;
using Watchdog.Core.Watching;

namespace Watchdog.Watch.Delivery;

/// <summary>POSTs alerts as signed JSON (<see cref="AlertPayload"/>, <see cref="WebhookSignature"/>). Any non-2xx answer is a failure.</summary>
/// <param name="timeout">A receiver that takes longer is treated as down and the delivery retried later; <see cref="DefaultTimeout"/> when null.</param>
public sealed class WebhookChannel(HttpClient http, TimeProvider clock, TimeSpan? timeout = null) : IAlertChannel
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    private readonly TimeSpan _timeout = timeout ?? DefaultTimeout;

    public DeliveryChannel Channel => DeliveryChannel.Webhook;

    public async Task<DeliveryResult> SendAsync(AlertMessage message, CancellationToken ct)
    {
        if (!Uri.TryCreate(message.Target.Address, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            return DeliveryResult.Failed($"'{message.Target.Address}' is not an http(s) URL");

        var body = AlertPayload.From(message, clock.GetUtcNow()).ToUtf8Json();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        if (!string.IsNullOrEmpty(message.Target.Secret)) request.Headers.Add(WebhookSignature.HeaderName, WebhookSignature.Sign(body, message.Target.Secret));

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(_timeout);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            return response.IsSuccessStatusCode
                ? DeliveryResult.Ok
                : DeliveryResult.Failed($"webhook answered {(int)response.StatusCode} {response.ReasonPhrase}");
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return DeliveryResult.Failed($"webhook did not answer within {_timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            return DeliveryResult.Failed($"webhook unreachable: {e.Message}");
        }
    }
}
