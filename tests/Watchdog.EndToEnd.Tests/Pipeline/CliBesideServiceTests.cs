using System.Text.Json;
using Watchdog.EndToEnd.Tests.Support;
using Watchdog.Testing;

namespace Watchdog.EndToEnd.Tests.Pipeline;

/// <summary>
/// One data folder, several processes: the real `watchdog` CLI runs beside the running service (and the service is
/// killed with SIGKILL and restarted) without losing or hiding anything; a second service waits, naming the first.
/// </summary>
public sealed class CliBesideServiceTests : IAsyncLifetime
{
    private const int ArticleCount = 10;
    /// <summary>Slow enough that the CLI commands and the kill land while articles are being fetched.</summary>
    private static readonly TimeSpan SlowPage = TimeSpan.FromMilliseconds(1500);
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(60);

    private readonly string _folder = TestPaths.NewTempFolder("watchdog-beside");
    private TestWebServer _server = null!;

    private string Config => Path.Combine(_folder, "watchdog.yaml");
    private string DataFolder => Path.Combine(_folder, "data");

    public async Task InitializeAsync()
    {
        _server = await TestWebServer.StartAsync();
        var pages = Enumerable.Range(0, ArticleCount).Select(i => _server.Url($"/news/{i}")).ToArray();
        _server.Map("/feed.xml", TestResponse.Text(TestFeeds.Rss(pages), "application/rss+xml"));
        for (var i = 0; i < ArticleCount; i++)
            _server.Map($"/news/{i}", TestResponse.Text(TestFeeds.ArticlePage($"Report number {i}", $"besidemark{i}x")) with { Delay = SlowPage });
        // The default lease (15 s): recovery after the kill must not wait for it.
        await File.WriteAllTextAsync(Config, $"""
            dataFolder: {DataFolder}
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
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private Task<(int ExitCode, string Output)> CliAsync(params string[] args) =>
        WatchdogProcess.RunAsync(["--config", Config, .. args], CommandTimeout);

    private static readonly string[][] CliCommands = [["stats", "--json"], ["search", "besidemark0x"], ["sources", "list"]];
    private int _commandsRun;

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
            var (code, found) = await CliAsync("search", $"besidemark{i}x", "--json");
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
