using System.Net;
using System.Text.Json;
using Watchdog.Core.Watching;
using Watchdog.Watch.Delivery;
using Watchdog.Watch.Tests.Support;

namespace Watchdog.Watch.Tests.Delivery;

public class WebhookChannelTests
{
    private static readonly ManualClock Clock = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    private static AlertMessage Message(Uri url, string? secret = "s3cret") => new(
        new StandingQuery { Id = 7, Name = "oil", QueryText = "oil price" },
        new DeliveryTarget(DeliveryChannel.Webhook, url.ToString()) { Secret = secret },
        [new Alert { Id = 3, QueryId = 7, ArticleId = 11, StoryKey = "k", Title = "Oil prices", Url = new Uri("https://example.kz/a/11"),
            Passages = [new AlertPassage("text", 0, 9, "oil price", "<mark>oil</mark> price")] }]);

    [Fact]
    public async Task Posts_the_alert_as_json_signed_with_the_targets_secret()
    {
        await using var receiver = new LocalWebhookReceiver();
        using var http = new HttpClient();

        var result = await new WebhookChannel(http, Clock).SendAsync(Message(receiver.Url), CancellationToken.None);

        Assert.True(result.Delivered, result.Error);
        var (body, signature) = Assert.Single(receiver.Requests);
        Assert.True(WebhookSignature.Verify(body, "s3cret", signature));
        using var json = JsonDocument.Parse(body);
        Assert.Equal("Oil prices", json.RootElement.GetProperty("alerts")[0].GetProperty("title").GetString());
    }

    [Fact]
    public void Signature_does_not_verify_with_another_secret()
    {
        var body = "{\"a\":1}"u8.ToArray();
        Assert.False(WebhookSignature.Verify(body, "other", WebhookSignature.Sign(body, "s3cret")));
    }

    [Fact]
    public async Task Error_status_is_a_failure_with_the_status_as_reason()
    {
        await using var receiver = new LocalWebhookReceiver(HttpStatusCode.InternalServerError);
        using var http = new HttpClient();

        var result = await new WebhookChannel(http, Clock).SendAsync(Message(receiver.Url), CancellationToken.None);

        Assert.False(result.Delivered);
        Assert.Contains("500", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_receiver_is_a_failure_with_a_reason()
    {
        using var http = new HttpClient();
        var closedPort = new Uri($"http://127.0.0.1:{LocalSmtpServer.FreePort()}/hook");

        var result = await new WebhookChannel(http, Clock).SendAsync(Message(closedPort), CancellationToken.None);

        Assert.False(result.Delivered);
        Assert.StartsWith("webhook unreachable", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Receiver_that_never_answers_fails_after_the_configured_timeout()
    {
        // Accepts the connection and then says nothing, like a hung receiver.
        using var silent = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var url = new Uri($"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}/hook");
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };

        var result = await new WebhookChannel(http, Clock, TimeSpan.FromMilliseconds(300)).SendAsync(Message(url), CancellationToken.None);

        Assert.False(result.Delivered);
        Assert.Equal("webhook did not answer within 0.3 s", result.Error);
    }
}
