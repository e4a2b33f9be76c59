using Watchdog.Core.Fetching;
using Watchdog.Core.Storage;
using Watchdog.Storage.Tests.Support;

namespace Watchdog.Storage.Tests.Contracts;

/// <summary>URL validators and the fetch log: what the fetcher remembers between polls.</summary>
public abstract class FetchHistoryContract : StoreContract
{
    [Fact]
    public async Task Url_state_is_saved_then_replaced()
    {
        var url = new Uri("https://news.example/feed.xml");
        await Store.UrlStates.SaveAsync(new UrlState(url, "\"v1\"", ManualClock.Epoch, "h1", ManualClock.Epoch, 200), Ct);
        var second = new UrlState(url, "\"v2\"", null, "h2", ManualClock.Epoch.AddMinutes(5), 304);

        await Store.UrlStates.SaveAsync(second, Ct);

        Assert.Equal(second, await Store.UrlStates.GetAsync(url, Ct));
        Assert.Null(await Store.UrlStates.GetAsync(new Uri("https://news.example/other"), Ct));
    }

    [Fact]
    public async Task Fetch_log_lists_newest_first_per_source()
    {
        var url = new Uri("https://news.example/feed.xml");
        await Store.FetchLog.AppendAsync(new FetchLogEntry(1, url, FetchOutcome.Ok, 200, TimeSpan.FromMilliseconds(120), ManualClock.Epoch, null), Ct);
        await Store.FetchLog.AppendAsync(new FetchLogEntry(2, url, FetchOutcome.Timeout, 0, TimeSpan.FromSeconds(30), ManualClock.Epoch.AddMinutes(1), "timed out"), Ct);
        var last = new FetchLogEntry(1, url, FetchOutcome.ServerError, 503, TimeSpan.FromMilliseconds(80), ManualClock.Epoch.AddMinutes(2), "HTTP 503");
        await Store.FetchLog.AppendAsync(last, Ct);

        var forSource = await Store.FetchLog.ListAsync(1, 10, Ct);

        Assert.Equal([FetchOutcome.ServerError, FetchOutcome.Ok], forSource.Select(e => e.Outcome));
        Assert.Equal(last, forSource[0]);
        Assert.Equal(3, (await Store.FetchLog.ListAsync(null, 10, Ct)).Count);
        Assert.Single(await Store.FetchLog.ListAsync(null, 1, Ct));
    }
}
