using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Watchdog.Pipeline.Configuration;
using Watchdog.Pipeline.Stages;

namespace Watchdog.Pipeline.Hosting;

/// <summary>Runs the <see cref="ArticleIndexer"/> whenever articles are stored, and at every poll for those stored by other processes.</summary>
public sealed class IndexerLoop(ArticleIndexer indexer, IOptions<WatchdogOptions> options, ILogger<IndexerLoop> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = options.Value.Pipeline.PollInterval.Value;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await indexer.IndexPendingAsync(stoppingToken);
                await indexer.WaitForArticlesAsync(poll, stoppingToken);
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
