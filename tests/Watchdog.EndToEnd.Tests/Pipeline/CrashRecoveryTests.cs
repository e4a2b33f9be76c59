using Watchdog.EndToEnd.Tests.Support;
using Watchdog.Testing;

namespace Watchdog.EndToEnd.Tests.Pipeline;

/// <summary>The durable queue's promise, shown with the real process: kill -9 mid-fetch, restart, nothing lost, nothing stored twice.</summary>
public sealed class CrashRecoveryTests : IAsyncLifetime
{
    private const int ArticleCount = 6;

    /// <summary>Slow enough that the kill lands while fetches are under way.</summary>
    private static readonly TimeSpan SlowPage = TimeSpan.FromMilliseconds(800);

    private readonly string _dataFolder = TestPaths.NewTempFolder("watchdog-kill");
    private TestWebServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await TestWebServer.StartAsync();
        var pages = Enumerable.Range(0, ArticleCount).Select(i => _server.Url($"/news/{i}")).ToArray();
        _server.Map("/feed.xml", TestResponse.Text(TestFeeds.Rss(pages), "application/rss+xml"));
        for (var i = 0; i < ArticleCount; i++)
        {
            _server.Map($"/news/{i}", TestResponse.Text(TestFeeds.ArticlePage($"Report number {i}", $"marker{i}x")) with { Delay = SlowPage });
        }
        await File.WriteAllTextAsync(Path.Combine(_dataFolder, "watchdog.yaml"), $"""
            dataFolder: {_dataFolder}/data
            fetcher:
              allowLoopback: true
              perHostDelay: 0s
            pipeline:
              concurrency: 2
              lease: 3s
              pollInterval: 200ms
            sources:
              - url: {_server.Url("/feed.xml")}
                every: 10m
                kind: feed
            """);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task Work_killed_mid_fetch_finishes_after_restart_with_nothing_lost_or_stored_twice()
    {
        var probe = new StoreProbe(Path.Combine(_dataFolder, "data"));
        string[] args = ["worker", "--config", Path.Combine(_dataFolder, "watchdog.yaml")];

        using (var first = WatchdogProcess.Start(args))
        {
            await PipelineHarness.WaitUntilAsync(() => Task.FromResult(probe.Articles >= 1 || first.HasExited), "the first article is stored");
            Assert.False(first.HasExited, first.Output);
            first.KillHard();
        }
        var storedBeforeKill = probe.Articles;
        Assert.InRange(storedBeforeKill, 1, ArticleCount - 1); // killed part-way, with work still to do
        Assert.True(probe.UnfinishedWork > 0);

        using var second = WatchdogProcess.Start(args);
        await PipelineHarness.WaitUntilAsync(
            () => Task.FromResult(second.HasExited || (probe.Articles == ArticleCount && probe.UnfinishedWork == 0 && probe.Unindexed == 0)),
            "every article is stored and indexed after the restart", TimeSpan.FromSeconds(60),
            () => $"articles {probe.Articles}, unfinished work {probe.UnfinishedWork}, unindexed {probe.Unindexed}; output:{Environment.NewLine}{second.Output}");
        Assert.False(second.HasExited, second.Output);

        Assert.Equal(ArticleCount, probe.DistinctArticleUrls);
        Assert.Equal(ArticleCount, probe.DistinctArticleTexts);
        Assert.Equal(0, probe.QuarantinedWork);
    }

    [Fact]
    public async Task Sigterm_stops_the_worker_cleanly()
    {
        using var worker = WatchdogProcess.Start(["worker", "--config", Path.Combine(_dataFolder, "watchdog.yaml")]);
        var probe = new StoreProbe(Path.Combine(_dataFolder, "data"));
        await PipelineHarness.WaitUntilAsync(() => Task.FromResult(probe.Articles >= 1 || worker.HasExited), "the first article is stored");

        worker.Terminate();
        await worker.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, worker.ExitCode);
        Assert.Equal(probe.Articles, probe.DistinctArticleUrls);
    }
}
