using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Watchdog.Core.Queue;
using Watchdog.Core.Storage;
using Watchdog.Pipeline.Configuration;
using Watchdog.Pipeline.Hosting;
using Watchdog.Pipeline.Metrics;

namespace Watchdog.Pipeline.Scheduling;

/// <summary>
/// Every poll interval, queues a refresh for each source that is due. When a source runs next is decided by its
/// health (interval with jitter, backoff after failures, paused after repeated failures), which each refresh updates.
/// </summary>
public sealed class SchedulerService(
    ISourceStore sources, IWorkQueue queue, SourceHealthRecorder health, WorkSignal signal, PipelineMetrics metrics,
    TimeProvider clock, IOptions<WatchdogOptions> options, ILogger<SchedulerService> logger) : BackgroundService
{
    public const string StageName = "schedule";

    /// <returns>How many refreshes were queued.</returns>
    public async Task<int> QueueDueSourcesAsync(CancellationToken ct)
    {
        var queued = 0;
        foreach (var source in await sources.ListDueAsync(clock.GetUtcNow(), ct))
        {
            await health.RecordQueuedAsync(source.Id, ct);
            if (await SourceRegistry.EnqueueRefreshAsync(queue, source.Id, clock.GetUtcNow(), ct)) queued++;
        }
        if (queued > 0)
        {
            metrics.Count(StageName, "queued", queued);
            signal.Notify();
        }
        return queued;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = options.Value.Pipeline.PollInterval.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await QueueDueSourcesAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Scheduling due sources failed; trying again in {Delay}", poll);
            }
            await Task.Delay(poll, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }
}
