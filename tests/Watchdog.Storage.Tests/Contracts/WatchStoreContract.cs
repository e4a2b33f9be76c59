using Watchdog.Core.Watching;
using Watchdog.Storage.Tests.Support;

namespace Watchdog.Storage.Tests.Contracts;

public abstract class WatchStoreContract : StoreContract
{
    private static Watchlist Officials(string name = "officials") => new()
    {
        Name = name,
        Entries =
        [
            new WatchlistEntry { Text = "Иван Петров", Kind = WatchlistEntryKind.Person, Aliases = ["Ivan Petrov"], Language = "ru" },
            new WatchlistEntry { Text = "Astana", Kind = WatchlistEntryKind.Place, ContextQuery = "city", SourceTag = "kz" },
        ],
    };

    private static Alert AlertFor(long queryId, string story, long articleId = 1) => new()
    {
        QueryId = queryId,
        ArticleId = articleId,
        StoryKey = story,
        Title = "Title & more",
        Url = new Uri($"https://news.example/{articleId}"),
        Passages = [new AlertPassage("text", 10, 5, "Astana", "<mark>Astana</mark>")],
        CreatedAt = ManualClock.Epoch,
    };

    [Fact]
    public async Task Watchlist_round_trips_with_its_entries_and_is_found_by_name_ignoring_case()
    {
        var saved = await Store.Watch.SaveWatchlistAsync(Officials("Officials"), Ct);

        var found = await Store.Watch.FindWatchlistAsync("OFFICIALS", Ct);

        Assert.NotEqual(0, saved.Id);
        Assert.Equal(saved.Id, found?.Id);
        Assert.Equal(Officials().Entries, found!.Entries, (a, b) => a.Text == b.Text && a.Kind == b.Kind && a.Aliases.SequenceEqual(b.Aliases)
            && a.Language == b.Language && a.SourceTag == b.SourceTag && a.ContextQuery == b.ContextQuery);
    }

    [Fact]
    public async Task Second_watchlist_with_the_same_name_is_refused()
    {
        await Store.Watch.SaveWatchlistAsync(Officials("officials"), Ct);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.Watch.SaveWatchlistAsync(Officials("Officials"), Ct));
    }

    [Fact]
    public async Task Saving_a_watchlist_with_its_id_replaces_it()
    {
        var saved = await Store.Watch.SaveWatchlistAsync(Officials(), Ct);

        await Store.Watch.SaveWatchlistAsync(saved with { Name = "renamed", Entries = [new WatchlistEntry { Text = "x" }] }, Ct);

        var lists = await Store.Watch.ListWatchlistsAsync(Ct);
        Assert.Equal(("renamed", "x"), (Assert.Single(lists).Name, lists[0].Entries.Single().Text));
        Assert.True(await Store.Watch.RemoveWatchlistAsync(saved.Id, Ct));
        Assert.Null(await Store.Watch.GetWatchlistAsync(saved.Id, Ct));
    }

    [Fact]
    public async Task Standing_query_round_trips_with_its_rule()
    {
        var rule = new AlertRule
        {
            MaxPerHour = 5,
            QuietHours = new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 30), "Asia/Almaty"),
            Digest = DigestMode.Daily,
            Targets = [new DeliveryTarget(DeliveryChannel.Webhook, "https://hooks.example/x") { Secret = "s3cret" }],
        };

        var saved = await Store.Watch.SaveQueryAsync(new StandingQuery { Name = "q", QueryText = "@officials AND астана", Rule = rule }, Ct);
        var read = await Store.Watch.GetQueryAsync(saved.Id, Ct);

        Assert.Equal(("@officials AND астана", true, 5, DigestMode.Daily), (read!.QueryText, read.Enabled, read.Rule.MaxPerHour, read.Rule.Digest));
        Assert.Equal(rule.QuietHours, read.Rule.QuietHours);
        Assert.Equal(rule.Targets.Single(), read.Rule.Targets.Single());
        Assert.Equal("s3cret", read.Rule.Targets[0].Secret);
    }

    [Fact]
    public async Task Alert_is_found_by_story_since_a_time_and_related_articles_attach_once()
    {
        var alert = await Store.Watch.AddAlertAsync(AlertFor(7, "story-1"), Ct);

        await Store.Watch.AttachArticleAsync(alert.Id, 42, Ct);
        await Store.Watch.AttachArticleAsync(alert.Id, 42, Ct);

        var found = Assert.Single(await Store.Watch.FindAlertsByStoryAsync("story-1", ManualClock.Epoch.AddHours(-1), Ct));
        Assert.Equal(7, found.QueryId);
        Assert.Equal([42L], found.RelatedArticleIds);
        Assert.Equal("<mark>Astana</mark>", found.Passages.Single().Highlighted);
        Assert.Empty(await Store.Watch.FindAlertsByStoryAsync("story-1", ManualClock.Epoch.AddHours(1), Ct));
        Assert.Empty(await Store.Watch.FindAlertsByStoryAsync("story-2", ManualClock.Epoch.AddHours(-1), Ct));
    }

    [Fact]
    public async Task Alerts_of_one_article_are_stored_with_their_deliveries_together()
    {
        var webhook = new AlertDelivery { QueryId = 7, Channel = DeliveryChannel.Webhook, Address = "http://127.0.0.1:9/hook" };
        var email = new AlertDelivery { QueryId = 8, Channel = DeliveryChannel.Email, Address = "desk@example.org" };

        var stored = await Store.Watch.AddAlertsAsync(
            [new NewAlert(AlertFor(7, "story-x"), [webhook]), new NewAlert(AlertFor(8, "story-x"), [email, webhook with { QueryId = 8 }])], Ct);

        Assert.Equal([7L, 8L], stored.Select(s => s.Alert.QueryId));
        Assert.All(stored, s => Assert.All(s.Deliveries, d => Assert.Equal(s.Alert.Id, d.AlertId)));
        Assert.Equal(2, stored[1].Deliveries.Count);
        var found = await Store.Watch.FindAlertsByStoryAsync("story-x", ManualClock.Epoch.AddHours(-1), Ct);
        Assert.Equal(stored.Select(s => s.Alert.Id).Order(), found.Select(a => a.Id).Order());
        Assert.Single(await Store.Watch.ListDeliveriesAsync(stored[0].Alert.Id, null, 10, Ct));
    }

    [Fact]
    public async Task Alert_list_is_newest_first_filtered_and_paged()
    {
        var ids = new List<long>();
        for (var i = 0; i < 5; i++) ids.Add((await Store.Watch.AddAlertAsync(AlertFor(i % 2 == 0 ? 1 : 2, $"s{i}", i), Ct)).Id);
        await Store.Watch.MarkReadAsync(ids[4], true, Ct);

        var unreadOfQuery1 = await Store.Watch.ListAlertsAsync(new AlertListRequest { UnreadOnly = true, QueryId = 1 }, Ct);
        var page2 = await Store.Watch.ListAlertsAsync(new AlertListRequest { Page = 2, PageSize = 2 }, Ct);
        var tail = await Store.Watch.ListAlertsAsync(new AlertListRequest { AfterId = ids[2] }, Ct);

        Assert.Equal([ids[2], ids[0]], unreadOfQuery1.Alerts.Select(a => a.Id));
        Assert.Equal(2, unreadOfQuery1.Total);
        Assert.Equal(5L, page2.Total);
        Assert.Equal([ids[2], ids[1]], page2.Alerts.Select(a => a.Id));
        Assert.Equal([ids[4], ids[3]], tail.Alerts.Select(a => a.Id));
        Assert.Equal(3, await Store.Watch.CountAlertsAsync(1, ManualClock.Epoch, Ct));
    }

    [Fact]
    public async Task Due_deliveries_are_pending_or_failed_ones_whose_time_has_come()
    {
        var alert = await Store.Watch.AddAlertAsync(AlertFor(1, "s"), Ct);
        AlertDelivery Delivery(DeliveryStatus status, int minutes) => new()
        {
            AlertId = alert.Id, QueryId = 1, Channel = DeliveryChannel.Email, Address = "ops@example.org",
            Status = status, NextAttemptAt = ManualClock.Epoch.AddMinutes(minutes),
        };
        var due = await Store.Watch.EnqueueDeliveryAsync(Delivery(DeliveryStatus.Pending, -5), Ct);
        var retry = await Store.Watch.EnqueueDeliveryAsync(Delivery(DeliveryStatus.Failed, -1), Ct);
        await Store.Watch.EnqueueDeliveryAsync(Delivery(DeliveryStatus.Pending, 10), Ct);
        await Store.Watch.EnqueueDeliveryAsync(Delivery(DeliveryStatus.GivenUp, -10), Ct);

        Assert.Equal([due.Id, retry.Id], (await Store.Watch.ListDueDeliveriesAsync(ManualClock.Epoch, 10, Ct)).Select(d => d.Id));

        await Store.Watch.UpdateDeliveryAsync(due with { Status = DeliveryStatus.Delivered, Attempts = 1, DeliveredAt = ManualClock.Epoch }, Ct);
        var delivered = Assert.Single(await Store.Watch.ListDeliveriesAsync(alert.Id, DeliveryStatus.Delivered, 10, Ct));
        Assert.Equal((1, ManualClock.Epoch), (delivered.Attempts, delivered.DeliveredAt));
        Assert.Equal([retry.Id], (await Store.Watch.ListDueDeliveriesAsync(ManualClock.Epoch, 10, Ct)).Select(d => d.Id));
    }
}
