namespace Watchdog.SampleWeb.Publishing;

/// <summary>
/// Keeps the sample web alive for the demo: publishes a day of backlog at once, then one report every
/// <see cref="Every"/>, dated at the moment it appears, until disposed.
/// </summary>
public sealed class DemoPublisher : IAsyncDisposable
{
    /// <summary>The demo's seed: a run started at the same moment tells the same news, so what a newcomer saw can be replayed.</summary>
    public const int DemoSeed = 2026;

    private readonly SampleWebServer _web;
    private readonly DemoNewsStream _stream;
    private readonly TimeProvider _clock;
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;

    /// <summary>
    /// Event numbers a run starts from advance this often with the clock: faster than events are published at the default
    /// pace (one report every 10 s, about 2.5 reports an event), so a restarted demo never reuses an earlier run's URLs,
    /// which the pipeline would skip as already seen.
    /// </summary>
    private static readonly TimeSpan EventNumberStep = TimeSpan.FromSeconds(20);

    public DemoPublisher(SampleWebServer web, TimeSpan every, TimeProvider clock, int seed = DemoSeed)
    {
        if (every <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(every), every, "The publishing interval must be positive.");
        _web = web;
        var firstEvent = (int)(clock.GetUtcNow().ToUnixTimeSeconds() / (long)EventNumberStep.TotalSeconds % 100_000_000);
        _stream = new DemoNewsStream(new DemoNewsWriter(seed), firstEvent);
        _clock = clock;
        Every = every;
    }

    public TimeSpan Every { get; }

    /// <summary>How many reports are on the sites so far.</summary>
    public int Published { get; private set; }

    /// <summary>Publishes the backlog, then starts the live loop in the background.</summary>
    public void Start()
    {
        foreach (var report in _stream.Backlog(_clock.GetUtcNow())) Publish(report);
        _loop = RunAsync(_stop.Token);
    }

    private async Task RunAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(Every, _clock);
        try
        {
            while (await timer.WaitForNextTickAsync(ct)) Publish(_stream.Next(_clock.GetUtcNow()));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private void Publish(DemoReport report)
    {
        _web.PublishArticle(report.Site, report.Article);
        Published++;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
