using Watchdog.Core.Sources;
using Watchdog.Storage.Tests.Support;

namespace Watchdog.Storage.Tests.Contracts;

public abstract class SourceStoreContract : StoreContract
{
    private static Source Feed(string url = "https://news.example/feed.xml") => new()
    {
        Url = new Uri(url),
        Kind = SourceKind.Feed,
        Interval = TimeSpan.FromMinutes(15),
        Tags = ["ru", "economy"],
        Title = "Example news",
        Limits = new CrawlLimits(2, 30, "/news/", "/tag/"),
    };

    [Fact]
    public async Task Added_source_reads_back_with_its_settings()
    {
        var added = await Store.Sources.AddAsync(Feed(), Ct);
        var read = await Store.Sources.GetAsync(added.Id, Ct);

        Assert.NotNull(read);
        Assert.Equal((SourceKind.Feed, TimeSpan.FromMinutes(15), "Example news"), (read.Kind, read.Interval, read.Title));
        Assert.Equal(["ru", "economy"], read.Tags);
        Assert.Equal(new CrawlLimits(2, 30, "/news/", "/tag/"), read.Limits);
        Assert.Equal(SourceStatus.New, read.Health.Status);
    }

    [Fact]
    public async Task Adding_an_existing_url_returns_the_stored_source_unchanged()
    {
        var first = await Store.Sources.AddAsync(Feed(), Ct);

        var second = await Store.Sources.AddAsync(Feed() with { Title = "Another title" }, Ct);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal("Example news", second.Title);
        Assert.Single(await Store.Sources.ListAsync(Ct));
    }

    [Fact]
    public async Task Update_keeps_health_and_find_by_url_sees_it()
    {
        var source = await Store.Sources.AddAsync(Feed(), Ct);
        var health = new SourceHealth
        {
            Status = SourceStatus.Paused,
            LastFetchAt = ManualClock.Epoch,
            NextRunAt = ManualClock.Epoch.AddMinutes(15),
            ConsecutiveFailures = 5,
            ItemsStored = 12,
            ErrorCount = 6,
            LastError = "HTTP 503",
            PausedReason = "5 failures in a row",
        };

        await Store.Sources.UpdateAsync(source with { Health = health }, Ct);

        Assert.Equal(health, (await Store.Sources.FindByUrlAsync(source.Url, Ct))?.Health);
    }

    [Fact]
    public async Task Stored_articles_add_to_the_count_and_leave_the_rest_of_the_health_alone()
    {
        var source = await Store.Sources.AddAsync(Feed(), Ct);
        await Store.Sources.UpdateAsync(source with { Health = source.Health with { ItemsStored = 2, LastError = "HTTP 503" } }, Ct);

        Assert.True(await Store.Sources.AddItemsStoredAsync(source.Id, 3, Ct));
        Assert.False(await Store.Sources.AddItemsStoredAsync(source.Id + 100, 1, Ct));

        var health = (await Store.Sources.GetAsync(source.Id, Ct))!.Health;
        Assert.Equal((5L, "HTTP 503"), (health.ItemsStored, health.LastError));
    }

    [Fact]
    public async Task Due_lists_never_run_and_overdue_sources_but_not_paused_or_future_ones()
    {
        var never = await Store.Sources.AddAsync(Feed("https://a.example/feed"), Ct);
        var overdue = await Store.Sources.AddAsync(Feed("https://b.example/feed"), Ct);
        var future = await Store.Sources.AddAsync(Feed("https://c.example/feed"), Ct);
        var paused = await Store.Sources.AddAsync(Feed("https://d.example/feed"), Ct);
        await Store.Sources.UpdateAsync(overdue with { Health = new SourceHealth { Status = SourceStatus.Ok, NextRunAt = ManualClock.Epoch.AddMinutes(-1) } }, Ct);
        await Store.Sources.UpdateAsync(future with { Health = new SourceHealth { Status = SourceStatus.Ok, NextRunAt = ManualClock.Epoch.AddMinutes(1) } }, Ct);
        await Store.Sources.UpdateAsync(paused with { Health = new SourceHealth { Status = SourceStatus.Paused, NextRunAt = ManualClock.Epoch.AddMinutes(-1) } }, Ct);

        var due = await Store.Sources.ListDueAsync(ManualClock.Epoch, Ct);

        Assert.Equal(new[] { never.Id, overdue.Id }.Order(), due.Select(s => s.Id).Order());
    }

    [Fact]
    public async Task Removed_source_is_gone()
    {
        var source = await Store.Sources.AddAsync(Feed(), Ct);

        Assert.True(await Store.Sources.RemoveAsync(source.Id, Ct));
        Assert.False(await Store.Sources.RemoveAsync(source.Id, Ct));
        Assert.Null(await Store.Sources.GetAsync(source.Id, Ct));
    }
}
