using System.Text.Json;
using Watchdog.EndToEnd.Tests.Support;
using Watchdog.Testing;

namespace Watchdog.EndToEnd.Tests.Pipeline;

/// <summary>
/// The durable queue's promise, shown with the real process: kill -9 mid-fetch, restart, nothing lost, nothing stored
/// twice. And one data folder, several processes: the real `watchdog` CLI runs beside the running service (killed and
/// restarted) without losing or hiding anything; a second service waits, naming the first.
/// </summary>
public sealed class CrashRecoveryTests : IAsyncLifetime
{
    private const int ArticleCount = 10;

    /// <summary>Slow enough that the kill, and CLI commands, land while fetches are under way.</summary>
    private static readonly TimeSpan SlowPage = TimeSpan.FromMilliseconds(1500);
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);
    private static readonly string[][] CliCommands = [["stats", "--json"], ["search", "marker0x"], ["sources", "list"]];
    private int _commandsRun;

    private readonly string _dataFolder = TestPaths.NewTempFolder("watchdog-kill");
    private TestWebServer _server = null!;

    private string Config => Path.Combine(_dataFolder, "watchdog.yaml");
    private string DataFolder => Path.Combine(_dataFolder, "data");

    public async Task InitializeAsync()
    {
        _server = await TestWebServer.StartAsync();
        var pages = Enumerable.Range(0, ArticleCount).Select(i => _server.Url($"/news/{i}")).ToArray();
        _server.Map("/feed.xml", TestResponse.Text(TestFeeds.Rss(pages), "application/rss+xml"));
        for (var i = 0; i < ArticleCount; i++)
        {
            _server.Map($"/news/{i}", TestResponse.Text(TestFeeds.ArticlePage($"Report number {i}", $"marker{i}x")) with { Delay = SlowPage });
        }
        // The default lease (15 s): the restarted process takes back the killed one's leases at once, without waiting for it.
        await File.WriteAllTextAsync(Config, $"""
            dataFolder: {_dataFolder}/data
            fetcher:
              allowLoopback: true
              perHostDelay: 0s
            pipeline:
              concurrency: 2
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

    private Task<(int ExitCode, string Output)> CliAsync(params string[] args) =>
        WatchdogProcess.RunAsync(["--config", Config, .. args], CommandTimeout);

    /// <summary>The next of <see cref="CliCommands"/>, in turn.</summary>
    private async Task AssertNextCliCommandSucceedsAsync()
    {
        var args = CliCommands[_commandsRun++ % CliCommands.Length];
        var (code, output) = await CliAsync(args);
        Assert.True(code == 0, $"watchdog {string.Join(' ', args)} exited with {code}:{Environment.NewLine}{output}");
    }

    [Fact]
    public async Task Cli_commands_beside_the_service_and_a_sigkill_lose_nothing_and_leave_nothing_unsearchable()
    {
        var probe = new StoreProbe(DataFolder);
        string[] service = ["worker", "--config", Config];
        using (var first = WatchdogProcess.Start(service))
        {
            while (probe.Articles < 2 && !first.HasExited) await AssertNextCliCommandSucceedsAsync();
            Assert.False(first.HasExited, first.Output);
            first.KillHard();
        }
        Assert.InRange(probe.Articles, 2, ArticleCount - 1);

        using var second = WatchdogProcess.Start(service);
        var restarted = DateTime.UtcNow;
        while (!(probe.Articles == ArticleCount && probe.Unindexed == 0 && probe.UnfinishedWork == 0))
        {
            Assert.False(second.HasExited, second.Output);
            Assert.True(DateTime.UtcNow - restarted < TimeSpan.FromSeconds(45),
                $"not recovered: articles {probe.Articles}, unindexed {probe.Unindexed}, unfinished {probe.UnfinishedWork}{Environment.NewLine}{second.Output}");
            await AssertNextCliCommandSucceedsAsync();
        }

        var (_, statsJson) = await CliAsync("stats", "--json");
        var stats = JsonDocument.Parse(statsJson).RootElement;
        Assert.Equal((ArticleCount, ArticleCount, 0L),
            (stats.GetProperty("articles").GetInt64(), stats.GetProperty("indexedDocuments").GetInt64(), stats.GetProperty("waitingToBeIndexed").GetInt64()));
        for (var i = 0; i < ArticleCount; i++)
        {
            var (code, found) = await CliAsync("search", $"marker{i}x", "--json");
            Assert.Equal(0, code);
            Assert.Equal(1, JsonDocument.Parse(found).RootElement.GetProperty("total").GetInt64());
        }
        Assert.Equal(ArticleCount, probe.DistinctArticleUrls);
        Assert.Equal(0, probe.QuarantinedWork);
    }

    [Fact]
    public async Task A_second_service_on_the_same_data_folder_waits_and_names_the_process_that_holds_it()
    {
        var probe = new StoreProbe(DataFolder);
        using var first = WatchdogProcess.Start(["worker", "--config", Config]);
        await PipelineHarness.WaitUntilAsync(() => Task.FromResult(probe.Articles >= 1 || first.HasExited), "the first service stores an article");

        using var second = WatchdogProcess.Start(["worker", "--config", Config]);
        await PipelineHarness.WaitUntilAsync(
            () => Task.FromResult(second.Output.Contains($"process {first.Id}", StringComparison.Ordinal) || second.HasExited),
            "the second service names the first", TimeSpan.FromSeconds(30), () => second.Output);

        Assert.False(second.HasExited, second.Output);
        Assert.Contains("waiting", second.Output, StringComparison.Ordinal);
        Assert.False(first.HasExited, first.Output);
    }
}
