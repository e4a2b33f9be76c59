using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Watchdog.Pipeline.Configuration;
using Watchdog.Pipeline.Stages;

namespace Watchdog.Pipeline.Hosting;

/// <summary>
/// Runs the <see cref="ArticleIndexer"/> shortly after articles are stored, and at every poll for those stored by other
/// processes.
/// </summary>
public sealed class IndexerLoop(ArticleIndexer indexer, IOptions<WatchdogOptions> options, ILogger<IndexerLoop> logger) : BackgroundService
{
    /// <summary>
    /// Pause between being woken and indexing. Articles are stored one by one by many workers; gathering them for a
    /// moment lets one index commit (new segment files, fsync, a searcher reopen) serve hundreds instead of a handful,
    /// which under heavy ingest was a large share of the CPU. Search sees a new article this much later. At 400 ms the
    /// flushes of small segments, the searcher reopens and the merges of what they flushed still took some 6 % of the
    /// ingest's CPU on real-size pages at ~100 a second (a profile of ingest-real); a second gathers twice as many.
    /// </summary>
    public static readonly TimeSpan GatherDelay = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = options.Value.Pipeline.PollInterval.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await indexer.IndexPendingAsync(stoppingToken);
                if (await indexer.WaitForArticlesAsync(poll, stoppingToken)) await Task.Delay(GatherDelay, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Indexing pass failed; trying again in {Delay}", poll);
                await Task.Delay(poll, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}
