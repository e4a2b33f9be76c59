using System.Net.Http.Headers;

namespace Watchdog.Watch.Delivery;

/// <summary>
/// POSTs a JSON body to a webhook, signed with <see cref="WebhookSignature"/> when a secret is given; for alert
/// webhooks and scheduled reports alike. Any non-2xx answer, timeout or unreachable host is a failure with the reason.
/// </summary>
/// <param name="timeout">A receiver that takes longer is treated as down.</param>
public sealed class SignedWebhookPoster(HttpClient http, TimeSpan timeout)
{
    public async Task<DeliveryResult> PostAsync(string address, byte[] jsonBody, string? secret, CancellationToken ct)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            return DeliveryResult.Failed($"'{address}' is not an http(s) URL");

        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(jsonBody) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        if (!string.IsNullOrEmpty(secret)) request.Headers.Add(WebhookSignature.HeaderName, WebhookSignature.Sign(jsonBody, secret));

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            return response.IsSuccessStatusCode
                ? DeliveryResult.Ok
                : DeliveryResult.Failed($"webhook answered {(int)response.StatusCode} {response.ReasonPhrase}");
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return DeliveryResult.Failed($"webhook did not answer within {timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            return DeliveryResult.Failed($"webhook unreachable: {e.Message}");
        }
    }
}
