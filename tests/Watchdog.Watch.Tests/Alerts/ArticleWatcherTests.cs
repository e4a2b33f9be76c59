using Watchdog.Core.Watching;
using Watchdog.Watch.Alerts;
using Watchdog.Watch.Tests.Support;

namespace Watchdog.Watch.Tests.Alerts;

public class ArticleWatcherTests
{
    private readonly InMemoryWatchStore _store = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    private async Task<ArticleWatcher> WatcherAsync(params string[] queries)
    {
        foreach (var text in queries)
        {
            await _store.SaveQueryAsync(new StandingQuery
            {
                Name = text, QueryText = text, Rule = new AlertRule { Targets = [new DeliveryTarget(DeliveryChannel.Email, "a@example.kz")] },
            }, CancellationToken.None);
        }
        var watcher = new ArticleWatcher(_store, new SuffixStrippingNormalizer(), _clock);
        await watcher.ReloadAsync(CancellationToken.None);
        return watcher;
    }

    [Fact]
    public async Task Matching_article_raises_an_alert_with_highlighted_passages()
    {
        var watcher = await WatcherAsync("нефть AND цены", "университет");

        var outcomes = await watcher.ProcessAsync(Articles.Make(1, "Цены на нефть", "Цены на нефть выросли."), CancellationToken.None);

        var alert = Assert.Single(outcomes).Alert;
        Assert.Equal("<mark>Цены</mark> на <mark>нефть</mark>", alert.Passages[0].Highlighted);
        Assert.Single(_store.Deliveries);
    }

    [Fact]
    public async Task Same_story_from_a_second_source_does_not_alert_twice()
    {
        var watcher = await WatcherAsync("нефть");

        await watcher.ProcessAsync(Articles.Make(1, "Цены на нефть выросли", "..."), CancellationToken.None);
        var second = await watcher.ProcessAsync(Articles.Make(2, "Выросли цены на нефть", "...", host: "other.kz"), CancellationToken.None);

        Assert.True(Assert.Single(second).Grouped);
        Assert.Single(_store.Alerts);
    }

    [Fact]
    public async Task Invalid_standing_query_is_reported_and_the_others_still_run()
    {
        var watcher = await WatcherAsync("(нефть", "университет");

        var outcomes = await watcher.ProcessAsync(Articles.Make(1, "Университет", "..."), CancellationToken.None);

        Assert.Equal(6, Assert.Single(watcher.Errors).Position);
        Assert.Single(outcomes);
    }

    [Fact]
    public async Task Queries_are_recompiled_only_after_the_store_changed()
    {
        var watcher = await WatcherAsync("нефть");
        Assert.False(await watcher.ReloadIfChangedAsync(CancellationToken.None));

        await _store.SaveQueryAsync(new StandingQuery { Name = "газ", QueryText = "газ" }, CancellationToken.None);

        Assert.True(await watcher.ReloadIfChangedAsync(CancellationToken.None));
        Assert.False(await watcher.ReloadIfChangedAsync(CancellationToken.None));
        var outcome = Assert.Single(await watcher.ProcessAsync(Articles.Make(1, "Газ подорожал", "..."), CancellationToken.None));
        Assert.Equal("газ", (await _store.GetQueryAsync(outcome.Alert.QueryId, CancellationToken.None))!.Name);
    }
}
