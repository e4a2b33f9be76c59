using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Watchdog.Core.Sources;
using Watchdog.Core.Storage;
using Watchdog.Application;
using Watchdog.Pipeline.Scheduling;
using Watchdog.Testing;

namespace Watchdog.EndToEnd.Tests.Support;

/// <summary>
/// The real Watchdog service — scheduler, pipeline, indexer — in this process over a fresh data folder, with
/// loopback fetching allowed and a short poll interval, so tests can watch it work against servers on 127.0.0.1.
/// </summary>
public sealed class PipelineHarness : IAsyncDisposable
{
    /// <summary>Generous for a loaded 2-core CI machine; tests normally finish in a fraction of it.</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(30);

    private readonly IHost _host;

    private PipelineHarness(IHost host, string dataFolder)
    {
        _host = host;
        DataFolder = dataFolder;
    }

    public string DataFolder { get; }

    public T Service<T>() where T : notnull => _host.Services.GetRequiredService<T>();

    /// <param name="settings">Extra settings keyed like <c>Watchdog:Fetcher:PerHostDelay</c>.</param>
    public static async Task<PipelineHarness> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var dataFolder = TestPaths.NewTempFolder("watchdog-e2e");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Watchdog:DataFolder"] = dataFolder,
            ["Watchdog:Fetcher:AllowLoopback"] = "true",
            ["Watchdog:Fetcher:PerHostDelay"] = "0s",
            ["Watchdog:Pipeline:PollInterval"] = "200ms",
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddWatchdogCore(builder.Configuration).AddWatchdogWorkers();
        var host = builder.Build();
        await host.StartAsync();
        return new PipelineHarness(host, dataFolder);
    }

    public Task<SourceAddResult> AddSourceAsync(Uri url, SourceKind kind, TimeSpan? every = null) =>
        Service<SourceRegistry>().AddAsync(new SourceDraft(url.AbsoluteUri) { Kind = kind, Every = every ?? TimeSpan.FromMinutes(10) }, CancellationToken.None);

    public Task<Source?> SourceAsync(long id) => Service<ISourceStore>().GetAsync(id, CancellationToken.None);

    /// <summary>Waits until <paramref name="condition"/> holds, or fails the test naming what was awaited.</summary>
    /// <param name="diagnostics">What to add to the failure message, e.g. a child process's output.</param>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null, Func<string>? diagnostics = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultWait);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Timed out waiting until {what}.{(diagnostics is null ? "" : Environment.NewLine + diagnostics())}");
            await Task.Delay(100);
        }
    }

    /// <summary>Waits until the queue has no pending or leased work and the source has been refreshed at least once.</summary>
    public async Task WaitForIdleAsync(long sourceId)
    {
        await WaitUntilAsync(async () =>
        {
            var source = await SourceAsync(sourceId);
            var queue = await Service<Core.Queue.IWorkQueue>().CountAsync(CancellationToken.None);
            var unindexed = await Service<IArticleStore>().ListUnindexedAsync(1, CancellationToken.None);
            return source?.Health.LastFetchAt is not null && queue.Pending == 0 && queue.Leased == 0 && unindexed.Count == 0;
        }, $"source {sourceId} is refreshed and all its work is done");
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temp folders; a file still held open must not fail the run.
        }
    }
}
