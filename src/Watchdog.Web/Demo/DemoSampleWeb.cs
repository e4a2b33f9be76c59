using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Watchdog.Core.Sources;
using Watchdog.Core.Storage;
using Watchdog.SampleWeb;

namespace Watchdog.Web.Demo;

/// <summary>
/// The offline demo (<c>watchdog up --demo</c>): serves the bundled sample web on 127.0.0.1 at fixed ports, so source
/// URLs stay valid across restarts, and adds its demo sources to the store when they are not there yet.
/// </summary>
internal sealed class DemoSampleWeb(ISourceStore sources, TimeProvider clock, ILogger<DemoSampleWeb> logger) : IHostedService, IAsyncDisposable
{
    /// <summary>Short enough that a new user sees articles arrive within a minute or two of starting the demo.</summary>
    public static readonly TimeSpan DemoInterval = TimeSpan.FromMinutes(2);

    private readonly SampleWebServer _server = new(new SampleWebOptions { BasePort = SampleWebOptions.DemoBasePort });

    public async Task StartAsync(CancellationToken ct)
    {
        try
        {
            await _server.StartAsync(ct);
        }
        catch (IOException e)
        {
            throw new InvalidOperationException(
                $"The demo's sample web needs ports {SampleWebOptions.DemoBasePort}–{SampleWebOptions.DemoBasePort + SampleSites.All.Count - 1} on 127.0.0.1: {e.Message}", e);
        }
        foreach (var site in _server.Sites) logger.LogInformation("Sample site {Site} ({Title}) serves {Url}", site.Name, site.Title, site.BaseUri);

        var now = clock.GetUtcNow();
        foreach (var demo in _server.DemoSources)
        {
            if (await sources.FindByUrlAsync(demo.Url, ct) is not null) continue;
            await sources.AddAsync(new Source
            {
                Url = demo.Url,
                Kind = demo.Kind,
                Interval = DemoInterval,
                Tags = [.. demo.Tags, "demo"],
                Title = demo.Title,
                CreatedAt = now,
                Health = SourceHealth.New with { NextRunAt = now },
            }, ct);
            logger.LogInformation("Added demo source {Url} ({Kind})", demo.Url, demo.Kind);
        }
    }

    public async Task StopAsync(CancellationToken ct) => await _server.DisposeAsync();

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
