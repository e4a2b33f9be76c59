using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Watchdog.Core.Sources;
using Watchdog.Core.Storage;
using Watchdog.Core.Watching;
using Watchdog.Pipeline.Configuration;
using Watchdog.SampleWeb;
using Watchdog.SampleWeb.Publishing;

namespace Watchdog.Web.Demo;

/// <summary>
/// The offline demo (<c>watchdog up --demo</c>): serves the bundled sample web on 127.0.0.1 from a configurable base port
/// (so source URLs stay valid across restarts), keeps it publishing new reports, and adds its demo sources, watchlist and
/// standing queries to the store when they are not there yet (so a restart changes nothing).
/// </summary>
internal sealed class DemoSampleWeb : IHostedService, IAsyncDisposable
{
    private readonly ISourceStore _sources;
    private readonly IWatchStore _watch;
    private readonly TimeProvider _clock;
    private readonly ILogger<DemoSampleWeb> _logger;
    private readonly DemoSettings _settings;
    private readonly SampleWebServer _server;
    private DemoPublisher? _publisher;

    public DemoSampleWeb(ISourceStore sources, IWatchStore watch, TimeProvider clock, IOptions<WatchdogOptions> options, ILogger<DemoSampleWeb> logger)
    {
        _sources = sources;
        _watch = watch;
        _clock = clock;
        _logger = logger;
        _settings = options.Value.DemoWeb;
        _server = new SampleWebServer(new SampleWebOptions { BasePort = _settings.Port });
    }

    public async Task StartAsync(CancellationToken ct)
    {
        await _server.StartAsync(ct);
        foreach (var site in _server.Sites) _logger.LogInformation("Sample site {Site} ({Title}) serves {Url}", site.Name, site.Title, site.BaseUri);

        _publisher = new DemoPublisher(_server, _settings.PublishEvery.Value, _clock);
        _publisher.Start();
        _logger.LogInformation("The sample web publishes a new report every {Every}", _settings.PublishEvery.Value);

        var now = _clock.GetUtcNow();
        await AddWatchAsync(now, ct);
        await AddSourcesAsync(now, ct);
    }

    private async Task AddSourcesAsync(DateTimeOffset now, CancellationToken ct)
    {
        foreach (var demo in _server.DemoSources)
        {
            if (await _sources.FindByUrlAsync(demo.Url, ct) is not null) continue;
            await _sources.AddAsync(new Source
            {
                Url = demo.Url,
                Kind = demo.Kind,
                Interval = _settings.SourceInterval.Value,
                Tags = [.. demo.Tags, "demo"],
                Title = demo.Title,
                CreatedAt = now,
                Health = SourceHealth.New with { NextRunAt = now },
            }, ct);
            _logger.LogInformation("Added demo source {Url} ({Kind})", demo.Url, demo.Kind);
        }
    }

    /// <summary>Before the sources, so the first articles fetched are already matched.</summary>
    private async Task AddWatchAsync(DateTimeOffset now, CancellationToken ct)
    {
        if (await _watch.FindWatchlistAsync(DemoWatch.OfficialsList, ct) is null)
        {
            await _watch.SaveWatchlistAsync(DemoWatch.Officials(now), ct);
            _logger.LogInformation("Added demo watchlist @{Name}", DemoWatch.OfficialsList);
        }
        var existing = (await _watch.ListQueriesAsync(ct)).Select(q => q.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var query in DemoWatch.Queries(now).Where(q => !existing.Contains(q.Name)))
        {
            await _watch.SaveQueryAsync(query, ct);
            _logger.LogInformation("Added demo standing query \"{Name}\": {Query}", query.Name, query.QueryText);
        }
    }

    public Task StopAsync(CancellationToken ct) => DisposeAsync().AsTask();

    public async ValueTask DisposeAsync()
    {
        if (_publisher is not null) await _publisher.DisposeAsync();
        _publisher = null;
        await _server.DisposeAsync();
    }
}
