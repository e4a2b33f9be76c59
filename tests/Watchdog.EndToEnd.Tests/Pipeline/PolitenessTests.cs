using Watchdog.Core.Sources;
using Watchdog.EndToEnd.Tests.Support;
using Watchdog.Pipeline.Metrics;
using Watchdog.Pipeline.Stages;
using Watchdog.SampleWeb;
using Watchdog.Testing;

namespace Watchdog.EndToEnd.Tests.Pipeline;

public sealed class PolitenessTests
{
    [Fact]
    public async Task Requests_to_one_host_are_spaced_by_the_per_host_delay()
    {
        var delay = TimeSpan.FromMilliseconds(300);
        await using var web = new SampleWebServer();
        await web.StartAsync(CancellationToken.None);
        await using var watchdog = await PipelineHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Watchdog:Fetcher:PerHostDelay"] = "300ms",
            ["Watchdog:Pipeline:Concurrency"] = "4",
        });
        var site = web.Site(SampleSites.RussianNews);
        var source = (await watchdog.AddSourceAsync(site.Url("/rss.xml"), SourceKind.Feed)).Source;

        await watchdog.WaitForIdleAsync(source.Id);

        var times = web.RequestLog.ForSite(site.Name).Select(r => r.At).Order().ToList();
        Assert.True(times.Count >= 5, $"only {times.Count} requests were made");
        // Timestamps are taken when the server sees the request, a little after the fetcher's slot opened; allow for that jitter.
        var tolerance = TimeSpan.FromMilliseconds(30);
        var gaps = times.Zip(times.Skip(1), (a, b) => b - a).ToList();
        Assert.All(gaps, gap => Assert.True(gap >= delay - tolerance, $"two requests only {gap.TotalMilliseconds:F0} ms apart"));
    }

    [Fact]
    public async Task A_host_with_a_long_backlog_does_not_hold_back_the_pages_of_other_hosts()
    {
        // A 1 s delay and a 50-page backlog (a feed's cap for one refresh): the backlog takes 50 s, other hosts' pages must not wait for it.
        const int backlog = 50;
        const int otherHosts = 4;
        var delay = TimeSpan.FromSeconds(1);
        await using var busy = await TestWebServer.StartAsync();
        var busyPages = Enumerable.Range(0, backlog).Select(i => busy.Url($"/a{i}")).ToArray();
        busy.Map("/feed.xml", TestResponse.Text(TestFeeds.Rss(busyPages), "application/rss+xml"));
        for (var i = 0; i < backlog; i++) busy.Map($"/a{i}", TestResponse.Text(TestFeeds.ArticlePage($"Backlog {i}", $"backlogword{i}")));
        var others = new List<TestWebServer>();
        try
        {
            for (var i = 0; i < otherHosts; i++)
            {
                var other = await TestWebServer.StartAsync();
                others.Add(other);
                other.Map("/feed.xml", TestResponse.Text(TestFeeds.Rss(other.Url("/news")), "application/rss+xml"));
                other.Map("/news", TestResponse.Text(TestFeeds.ArticlePage($"Other {i}", $"otherword{i}")));
            }
            await using var watchdog = await PipelineHarness.StartAsync(new Dictionary<string, string?>
            {
                ["Watchdog:Fetcher:PerHostDelay"] = "1s",
                ["Watchdog:Pipeline:Concurrency"] = "8",
            });

            await watchdog.AddSourceAsync(busy.Url("/feed.xml"), SourceKind.Feed);
            await PipelineHarness.WaitUntilAsync(() => Task.FromResult(busy.Requests.Count(r => r.Path.StartsWith("/a", StringComparison.Ordinal)) >= 2),
                "the backlog host's pages are being fetched");
            foreach (var other in others) await watchdog.AddSourceAsync(other.Url("/feed.xml"), SourceKind.Feed);
            await PipelineHarness.WaitUntilAsync(() => Task.FromResult(others.All(o => o.RequestsTo("/news").Count == 1)), "every other host's page was fetched");

            // Each other host needs its robots.txt, its feed and its page, each a delay apart: about 3 s. Before deferral,
            // the 8 workers all waited in the backlog host's line and these pages came after the whole backlog (≈ 50 s).
            var slowest = others.Max(o => o.RequestsTo("/news")[0].At - o.RequestsTo("/feed.xml")[0].At);
            Assert.True(slowest < TimeSpan.FromSeconds(10), $"a page waited {slowest.TotalSeconds:F1} s after its feed");
            var backlogDone = busy.Requests.Count(r => r.Path.StartsWith("/a", StringComparison.Ordinal));
            Assert.True(backlogDone < backlog, $"the whole backlog ({backlogDone}) was fetched first");

            // Meanwhile the backlog host, its items deferred and coming back, never saw two requests closer than the delay.
            await Task.Delay(TimeSpan.FromSeconds(3));
            var times = busy.Requests.Select(r => r.At).Order().ToList();
            var gaps = times.Zip(times.Skip(1), (a, b) => b - a).ToList();
            Assert.True(gaps.Count >= 5, $"only {times.Count} requests to the backlog host");
            Assert.All(gaps, gap => Assert.True(gap >= delay - TimeSpan.FromMilliseconds(30), $"two requests only {gap.TotalMilliseconds:F0} ms apart"));

            // Deferrals are counted apart: each item's one status still stands for one page fetched.
            var metrics = watchdog.Service<PipelineMetrics>();
            Assert.True(metrics.Deferrals(WorkKinds.FetchArticle) > 0, "no page was deferred");
            var statuses = metrics.Snapshot().Where(c => c.Stage == WorkKinds.FetchArticle).Sum(c => c.Count);
            var pagesFetched = busy.Requests.Count(r => r.Path.StartsWith("/a", StringComparison.Ordinal)) + otherHosts;
            Assert.InRange(statuses, otherHosts, pagesFetched);
        }
        finally
        {
            foreach (var other in others) await other.DisposeAsync();
        }
    }
}
