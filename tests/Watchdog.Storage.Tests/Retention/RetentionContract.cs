using System.Text;
using Watchdog.Core.Articles;
using Watchdog.Core.Queue;
using Watchdog.Core.Retention;
using Watchdog.Core.Search;
using Watchdog.Core.Storage;
using Watchdog.Core.Watching;
using Watchdog.Storage.Sql.Retention;
using Watchdog.Storage.Tests.Support;

namespace Watchdog.Storage.Tests.Retention;

/// <summary>What retention deletes from each backend's tables, index and raw bodies, and what it must keep.</summary>
public abstract class RetentionContract : StoreContract
{
    private static readonly DateTimeOffset Cutoff = ManualClock.Epoch.AddDays(-365);
    private static readonly DateTimeOffset Old = Cutoff.AddDays(-10);
    private static readonly DateTimeOffset Recent = Cutoff.AddDays(10);

    private SqlRetentionStore Retention => new(Store.Database);

    private IRawRetention RawRetention => (IRawRetention)Store.Raw;

    private async Task<Article> StoreArticleAsync(string title, DateTimeOffset fetchedAt, string? rawHash = null)
    {
        var added = await Store.Articles.AddAsync(TestArticles.Make(title, $"{title} text about the central bank") with { FetchedAt = fetchedAt, RawHash = rawHash }, Ct);
        await Store.Search.IndexAsync([added.Article], Ct);
        return added.Article;
    }

    private Task<string> PutBodyAsync(string text, DateTimeOffset fetchedAt) =>
        Store.Raw.PutAsync(Encoding.UTF8.GetBytes(text), new RawMetadata(new Uri($"https://news.example/{Guid.NewGuid():N}"), "text/html", "utf-8", fetchedAt, 1), Ct);

    private async Task<Alert> AlertOnAsync(Article article, params long[] related)
    {
        var alert = await Store.Watch.AddAlertAsync(new Alert
        {
            QueryId = 1, ArticleId = article.Id, StoryKey = $"story-{article.Id}", Title = article.Title, Url = article.Url,
            Passages = [new AlertPassage("text", 0, 4, "bank", "<mark>bank</mark>")],
        }, Ct);
        foreach (var id in related) await Store.Watch.AttachArticleAsync(alert.Id, id, Ct);
        await Store.Watch.EnqueueDeliveryAsync(new AlertDelivery { AlertId = alert.Id, QueryId = 1, Channel = DeliveryChannel.Webhook, Address = "http://127.0.0.1:9/h" }, Ct);
        return alert;
    }

    private async Task<IReadOnlyList<long>> SearchIdsAsync() =>
        (await Store.Search.SearchAsync(new SearchRequest { Query = "bank", PageSize = 100 }, Ct)).Hits.Select(h => h.ArticleId).Order().ToList();

    [Fact]
    public async Task Articles_collected_before_the_cutoff_are_deleted_with_their_alerts_and_deliveries()
    {
        var old = await StoreArticleAsync("Old", Old);
        var kept = await StoreArticleAsync("Kept", Recent);
        var oldAlert = await AlertOnAsync(old);
        var keptAlert = await AlertOnAsync(kept);

        var deleted = await Retention.DeleteExpiredArticlesAsync(Cutoff, 100, Ct);

        Assert.Equal((old.Id, 1), (Assert.Single(deleted.ArticleIds), deleted.Alerts));
        Assert.Null(await Store.Articles.GetAsync(old.Id, Ct));
        Assert.NotNull(await Store.Articles.GetAsync(kept.Id, Ct));
        Assert.Null(await Store.Watch.GetAlertAsync(oldAlert.Id, Ct));
        Assert.Empty(await Store.Watch.ListDeliveriesAsync(oldAlert.Id, null, 10, Ct));
        Assert.NotNull(await Store.Watch.GetAlertAsync(keptAlert.Id, Ct));
        Assert.Single(await Store.Watch.ListDeliveriesAsync(keptAlert.Id, null, 10, Ct));
    }

    [Fact]
    public async Task Deletion_goes_in_batches_oldest_first()
    {
        var articles = new List<Article>();
        for (var i = 0; i < 5; i++) articles.Add(await StoreArticleAsync($"Old {i}", Old.AddHours(i)));

        var first = await Retention.DeleteExpiredArticlesAsync(Cutoff, 2, Ct);
        var rest = await Retention.DeleteExpiredArticlesAsync(Cutoff, 10, Ct);
        var none = await Retention.DeleteExpiredArticlesAsync(Cutoff, 10, Ct);

        Assert.Equal(articles.Take(2).Select(a => a.Id), first.ArticleIds);
        Assert.Equal(articles.Skip(2).Select(a => a.Id), rest.ArticleIds);
        Assert.Empty(none.ArticleIds);
        Assert.Equal(0, await Store.Articles.CountAsync(Ct));
    }

    [Fact]
    public async Task Deleted_articles_stay_pending_for_the_index_until_it_confirms_removing_them()
    {
        var old = await StoreArticleAsync("Old", Old);
        var kept = await StoreArticleAsync("Kept", Recent);
        await Retention.DeleteExpiredArticlesAsync(Cutoff, 100, Ct);

        var pending = await Retention.ListPendingIndexRemovalsAsync(100, Ct);
        Assert.Equal([old.Id], pending);
        Assert.Equal([old.Id, kept.Id], await SearchIdsAsync());

        await Store.Search.DeleteAsync(pending, Ct);
        await Retention.ConfirmIndexRemovalsAsync(pending, Ct);

        Assert.Equal([kept.Id], await SearchIdsAsync());
        Assert.Empty(await Retention.ListPendingIndexRemovalsAsync(100, Ct));
        Assert.Equal(0, await Retention.CountPendingIndexRemovalsAsync(Ct));
    }

    [Fact]
    public async Task Pending_removals_survive_a_crash_before_the_index_is_changed()
    {
        var old = await StoreArticleAsync("Old", Old);
        await Retention.DeleteExpiredArticlesAsync(Cutoff, 100, Ct);

        Store = await Store.AbandonAndReopenAsync();

        Assert.Equal([old.Id], await Retention.ListPendingIndexRemovalsAsync(100, Ct));
    }

    [Fact]
    public async Task Ids_of_deleted_articles_are_dropped_from_the_related_lists_of_other_alerts()
    {
        var old = await StoreArticleAsync("Old", Old);
        var kept = await StoreArticleAsync("Kept", Recent);
        var other = await StoreArticleAsync("Other", Recent.AddHours(1));
        var alert = await AlertOnAsync(kept, old.Id, other.Id);
        await Retention.DeleteExpiredArticlesAsync(Cutoff, 100, Ct);

        var changed = await Retention.DetachDeletedArticlesAsync(Ct);

        Assert.Equal(1, changed);
        Assert.Equal([other.Id], (await Store.Watch.GetAlertAsync(alert.Id, Ct))!.RelatedArticleIds);
        Assert.Equal(0, await Retention.DetachDeletedArticlesAsync(Ct));
    }

    [Fact]
    public async Task Finished_work_and_fetch_log_entries_older_than_the_cutoff_are_deleted_and_unfinished_work_is_kept()
    {
        Clock.Advance(Old - ManualClock.Epoch);
        await Store.Queue.EnqueueAsync("fetch-article", "{\"old\":\"done\"}", "done", Clock.GetUtcNow(), Ct);
        await Store.Queue.EnqueueAsync("fetch-article", "{\"old\":\"pending\"}", "pending", Clock.GetUtcNow().AddYears(5), Ct);
        var leased = await Store.Queue.LeaseAsync(LeaseOrder.Together(["fetch-article"]), "w", TimeSpan.FromMinutes(1), 10, Ct);
        var done = Assert.Single(leased);
        await Store.Queue.CompleteAsync(done.Id, done.LeaseToken!, Ct);
        await Store.FetchLog.AppendAsync(new FetchLogEntry(1, new Uri("https://news.example/old"), Core.Fetching.FetchOutcome.Ok, 200, TimeSpan.Zero, Old, null), Ct);
        await Store.FetchLog.AppendAsync(new FetchLogEntry(1, new Uri("https://news.example/new"), Core.Fetching.FetchOutcome.Ok, 200, TimeSpan.Zero, Recent, null), Ct);
        Clock.Advance(ManualClock.Epoch - Old);

        var counted = await Retention.CountExpiredAsync(Cutoff, Ct);
        var deleted = await Retention.DeleteExpiredRecordsAsync(Cutoff, 100, Ct);

        Assert.Equal((1L, 1L), (counted.WorkItems, counted.FetchLogEntries));
        Assert.Equal((1, 1), (deleted.WorkItems, deleted.FetchLogEntries));
        Assert.Equal(new Core.Queue.QueueCounts(1, 0, 0, 0), await Store.Queue.CountAsync(Ct));
        Assert.Equal([new Uri("https://news.example/new")], (await Store.FetchLog.ListAsync(null, 10, Ct)).Select(e => e.Url));
    }

    [Fact]
    public async Task Raw_bodies_nothing_needs_are_purged_and_bodies_of_kept_articles_or_recent_fetches_stay()
    {
        var oldOnly = await PutBodyAsync("feed seen long ago", Old);
        var ofExpiredArticle = await PutBodyAsync("page of an expired article", Old);
        var ofKeptArticle = await PutBodyAsync("page of an article kept by a later copy", Old);
        var seenAgain = await PutBodyAsync("feed seen long ago and again lately", Old);
        await Store.Raw.PutAsync(Encoding.UTF8.GetBytes("feed seen long ago and again lately"),
            new RawMetadata(new Uri("https://mirror.example/feed"), "text/xml", null, Recent, 1), Ct);
        await StoreArticleAsync("Expired", Old, ofExpiredArticle);
        await StoreArticleAsync("Kept", Recent, ofKeptArticle);

        var counted = await RawRetention.CountExpiredAsync(Cutoff, Ct);
        await Retention.DeleteExpiredArticlesAsync(Cutoff, 100, Ct);
        var purged = await RawRetention.PurgeExpiredAsync(Cutoff, 100, Ct);

        Assert.Equal(2, counted.Bodies);
        Assert.Equal(counted, purged);
        Assert.True(purged.StoredBytes > 0);
        Assert.Null(await Store.Raw.GetAsync(oldOnly, Ct));
        Assert.Null(await Store.Raw.GetAsync(ofExpiredArticle, Ct));
        Assert.NotNull(await Store.Raw.GetAsync(ofKeptArticle, Ct));
        Assert.NotNull(await Store.Raw.GetAsync(seenAgain, Ct));
        Assert.Equal(0, (await RawRetention.PurgeExpiredAsync(Cutoff, 100, Ct)).Bodies);
    }

    [Fact]
    public async Task A_purged_body_fetched_again_is_stored_again()
    {
        var hash = await PutBodyAsync("a page that comes back", Old);
        await RawRetention.PurgeExpiredAsync(Cutoff, 100, Ct);

        var again = await PutBodyAsync("a page that comes back", Recent);

        Assert.Equal(hash, again);
        Assert.Equal("a page that comes back", Encoding.UTF8.GetString((await Store.Raw.GetAsync(hash, Ct))!.Body));
    }

    [Fact]
    public async Task The_dry_run_counts_match_what_is_then_deleted()
    {
        var old = await StoreArticleAsync("Old", Old);
        await StoreArticleAsync("Old 2", Old.AddDays(1));
        await StoreArticleAsync("Kept", Recent);
        await AlertOnAsync(old);

        var counted = await Retention.CountExpiredAsync(Cutoff, Ct);
        var deleted = await Retention.DeleteExpiredArticlesAsync(Cutoff, 100, Ct);

        Assert.Equal((2L, 1L), (counted.Articles, counted.Alerts));
        Assert.Equal((2, 1), (deleted.ArticleIds.Count, deleted.Alerts));
    }
}
