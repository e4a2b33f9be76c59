using Watchdog.Core.Watching;
using Watchdog.Watch.Alerts;
using Watchdog.Watch.Tests.Support;

namespace Watchdog.Watch.Tests.Alerts;

public class AlertRaiserTests
{
    private readonly InMemoryWatchStore _store = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    private async Task<StandingQuery> QueryAsync(AlertRule rule) =>
        await _store.SaveQueryAsync(new StandingQuery { Name = "oil", QueryText = "oil", Rule = rule }, CancellationToken.None);

    private static AlertRule WebhookRule(int? maxPerHour = null) =>
        new() { MaxPerHour = maxPerHour, Targets = [new DeliveryTarget(DeliveryChannel.Webhook, "http://127.0.0.1:9/hook")] };

    [Fact]
    public async Task New_story_creates_an_alert_with_a_pending_delivery_per_target()
    {
        var query = await QueryAsync(WebhookRule());
        var outcome = await new AlertRaiser(_store, _clock).RaiseAsync(query, Articles.Make(1, "t", "x"), "story-a", [], CancellationToken.None);

        Assert.False(outcome.Grouped);
        var delivery = Assert.Single(_store.Deliveries);
        Assert.Equal((outcome.Alert.Id, DeliveryStatus.Pending, _clock.Now), (delivery.AlertId, delivery.Status, delivery.NextAttemptAt));
    }

    [Fact]
    public async Task Same_story_from_another_source_joins_the_first_alert_without_a_new_message()
    {
        var query = await QueryAsync(WebhookRule());
        var raiser = new AlertRaiser(_store, _clock);
        var first = await raiser.RaiseAsync(query, Articles.Make(1, "t", "x"), "story-a", [], CancellationToken.None);
        _clock.Now += TimeSpan.FromHours(3);
        var second = await raiser.RaiseAsync(query, Articles.Make(2, "t", "x", host: "other.kz"), "story-a", [], CancellationToken.None);

        Assert.True(second.Grouped);
        Assert.Equal([2L], Assert.Single(_store.Alerts).RelatedArticleIds);
        Assert.Equal(first.Alert.Id, second.Alert.Id);
        Assert.Single(_store.Deliveries);
    }

    [Fact]
    public async Task Same_story_after_the_window_is_alerted_again()
    {
        var query = await QueryAsync(WebhookRule());
        var raiser = new AlertRaiser(_store, _clock);
        await raiser.RaiseAsync(query, Articles.Make(1, "t", "x"), "story-a", [], CancellationToken.None);
        _clock.Now += AlertRaiser.StoryWindow + TimeSpan.FromMinutes(1);
        var later = await raiser.RaiseAsync(query, Articles.Make(2, "t", "x"), "story-a", [], CancellationToken.None);

        Assert.False(later.Grouped);
        Assert.Equal(2, _store.Alerts.Count);
    }

    [Fact]
    public async Task Alerts_over_the_hourly_limit_are_kept_but_their_messages_wait()
    {
        var query = await QueryAsync(WebhookRule(maxPerHour: 2));
        var raiser = new AlertRaiser(_store, _clock);
        for (var i = 1; i <= 3; i++) await raiser.RaiseAsync(query, Articles.Make(i, "t", "x"), $"story-{i}", [], CancellationToken.None);

        Assert.Equal(3, _store.Alerts.Count);
        Assert.Equal([_clock.Now, _clock.Now, _clock.Now.AddHours(1)], _store.Deliveries.Select(d => d.NextAttemptAt));
    }

    [Fact]
    public async Task One_article_matching_several_queries_joins_known_stories_and_alerts_the_rest_in_order()
    {
        var oil = await QueryAsync(WebhookRule());
        var gas = await _store.SaveQueryAsync(new StandingQuery { Name = "gas", QueryText = "gas", Rule = WebhookRule() }, CancellationToken.None);
        var raiser = new AlertRaiser(_store, _clock);
        var earlier = await raiser.RaiseAsync(oil, Articles.Make(1, "t", "x"), "story-a", [], CancellationToken.None);

        var outcomes = await raiser.RaiseAllAsync(
            [new QueryMatch(gas, []), new QueryMatch(oil, [])], Articles.Make(2, "t", "x", host: "other.kz"), "story-a", CancellationToken.None);

        Assert.Equal([(gas.Id, false), (oil.Id, true)], outcomes.Select(o => (o.Alert.QueryId, o.Grouped)));
        Assert.Equal(earlier.Alert.Id, outcomes[1].Alert.Id);
        Assert.Equal(outcomes[0].Alert.Id, Assert.Single(outcomes[0].Deliveries).AlertId);
        Assert.Equal(2, _store.Deliveries.Count);
    }
}
