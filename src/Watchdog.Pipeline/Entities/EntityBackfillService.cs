using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Watchdog.Pipeline.Entities;

/// <summary>
/// Tags, in the background, the articles stored before entity tagging existed or tagged by an older tagger version
/// (<see cref="EntityBackfill"/>), a small batch at a time so ingest keeps the CPU it needs. New articles are tagged by
/// the watch stage; until this has caught up, entity counts say how many matches are not yet tagged.
/// </summary>
internal sealed class EntityBackfillService(EntityBackfill backfill, TimeProvider clock, ILogger<EntityBackfillService> logger) : BackgroundService
{
    private const int BatchSize = 50;

    /// <summary>The pause between batches: a batch costs a fraction of a second of CPU, so backfill takes a small share of one core.</summary>
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(1);

    /// <summary>How often to look again once everything is tagged (an upgrade or another worker may add untagged articles).</summary>
    private static readonly TimeSpan IdleCheck = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var total = 0L;
        while (!stoppingToken.IsCancellationRequested)
        {
            var tagged = await backfill.TagBatchAsync(BatchSize, stoppingToken);
            total += tagged;
            if (tagged > 0)
            {
                await Task.Delay(Pause, clock, stoppingToken);
                continue;
            }
            if (total > 0) logger.LogInformation("Entity backfill done: {Count} stored articles tagged", total);
            total = 0;
            await Task.Delay(IdleCheck, clock, stoppingToken);
        }
    }
}
