using Microsoft.Extensions.Logging.Abstractions;
using Watchdog.Core.Watching;
using Watchdog.Watch.Delivery;
using Watchdog.Watch.Tests.Support;

namespace Watchdog.Watch.Tests.Delivery;

public class DeliveryDispatcherTests
{
    private readonly InMemoryWatchStore _store = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly DeliveryRetryPolicy _policy = new(MaxAttempts: 3, FirstDelay: TimeSpan.FromMinutes(1), MaxDelay: TimeSpan.FromHours(1));

    private sealed class RecordingChannel(Func<int, DeliveryResult> answer) : IAlertChannel
    {
        public List<AlertMessage> Sent { get; } = [];
        public DeliveryChannel Channel => DeliveryChannel.Webhook;

        public Task<DeliveryResult> SendAsync(AlertMessage message, CancellationToken ct)
        {
            Sent.Add(message);
            return Task.FromResult(answer(Sent.Count));
        }
    }

    private DeliveryDispatcher Dispatcher(IAlertChannel channel) =>
        new(_store, [channel], _clock, _policy, NullLogger<DeliveryDispatcher>.Instance);

    private async Task EnqueueAlertsAsync(int count)
    {
        var query = await _store.SaveQueryAsync(new StandingQuery
        {
            Name = "oil", QueryText = "oil", Rule = new AlertRule { Targets = [new DeliveryTarget(DeliveryChannel.Webhook, "http://127.0.0.1:9/")] },
        }, CancellationToken.None);
        for (var i = 0; i < count; i++)
        {
            var alert = await _store.AddAlertAsync(new Alert { QueryId = query.Id, StoryKey = $"s{i}", Title = "t", Url = new Uri("https://x.kz/") }, CancellationToken.None);
            await _store.EnqueueDeliveryAsync(new AlertDelivery
            {
                AlertId = alert.Id, QueryId = query.Id, Channel = DeliveryChannel.Webhook, Address = "http://127.0.0.1:9/", NextAttemptAt = _clock.Now,
            }, CancellationToken.None);
        }
    }

    [Fact]
    public async Task Due_alerts_of_one_query_and_target_go_out_as_one_message()
    {
        await EnqueueAlertsAsync(3);
        var channel = new RecordingChannel(_ => DeliveryResult.Ok);

        var summary = await Dispatcher(channel).RunOnceAsync(CancellationToken.None);

        Assert.Equal(3, Assert.Single(channel.Sent).Alerts.Count);
        Assert.Equal(3, summary.Delivered);
        Assert.All(_store.Deliveries, d => Assert.Equal(DeliveryStatus.Delivered, d.Status));
    }

    [Fact]
    public async Task Failed_delivery_keeps_the_reason_and_is_retried_after_a_backoff()
    {
        await EnqueueAlertsAsync(1);
        var channel = new RecordingChannel(_ => DeliveryResult.Failed("webhook answered 503"));

        await Dispatcher(channel).RunOnceAsync(CancellationToken.None);

        var delivery = Assert.Single(_store.Deliveries);
        Assert.Equal((DeliveryStatus.Failed, 1, "webhook answered 503"), (delivery.Status, delivery.Attempts, delivery.LastError));
        Assert.Equal(_clock.Now + TimeSpan.FromMinutes(1), delivery.NextAttemptAt);
    }

    [Fact]
    public async Task Delivery_is_given_up_after_the_last_attempt_with_the_reason()
    {
        await EnqueueAlertsAsync(1);
        var channel = new RecordingChannel(_ => DeliveryResult.Failed("SMTP server refused (550)"));
        var dispatcher = Dispatcher(channel);

        for (var attempt = 0; attempt < _policy.MaxAttempts; attempt++)
        {
            await dispatcher.RunOnceAsync(CancellationToken.None);
            _clock.Now += _policy.MaxDelay;
        }
        await dispatcher.RunOnceAsync(CancellationToken.None);

        var delivery = Assert.Single(_store.Deliveries);
        Assert.Equal(DeliveryStatus.GivenUp, delivery.Status);
        Assert.Equal("gave up after 3 attempts: SMTP server refused (550)", delivery.LastError);
        Assert.Equal(_policy.MaxAttempts, channel.Sent.Count);
    }

    [Fact]
    public async Task Delivery_that_failed_once_succeeds_on_retry()
    {
        await EnqueueAlertsAsync(1);
        var channel = new RecordingChannel(call => call == 1 ? DeliveryResult.Failed("down") : DeliveryResult.Ok);
        var dispatcher = Dispatcher(channel);

        await dispatcher.RunOnceAsync(CancellationToken.None);
        _clock.Now += TimeSpan.FromMinutes(1);
        await dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.Equal(DeliveryStatus.Delivered, Assert.Single(_store.Deliveries).Status);
    }

    [Fact]
    public void Backoff_doubles_up_to_the_maximum() =>
        Assert.Equal(
            [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4), TimeSpan.FromHours(1)],
            new[] { 1, 2, 3, 20 }.Select(_policy.DelayAfter));
}
