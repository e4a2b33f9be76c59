using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Watchdog.Pipeline.Stages;
using Watchdog.Pipeline.Storage;

namespace Watchdog.Pipeline.Hosting;

/// <summary>
/// Reconciles the embedded search index with the article store when the service starts and every
/// <see cref="Interval"/> after (see <see cref="Watchdog.Storage.Search.EmbeddedIndexReconciler"/>): articles missing
/// from the index are indexed again, documents of deleted articles removed. Nothing to do on PostgreSQL.
/// </summary>
public sealed class IndexReconcileService(StoreSet stores, ArticleIndexer indexer, TimeProvider clock, ILogger<IndexReconcileService> logger)
    : BackgroundService
{
    /// <summary>
    /// Often enough that a lost document is searchable again within minutes, rarely enough that reading every id of a
    /// large store (about 0.1 s per 100,000 articles) costs nothing noticeable.
    /// </summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (stores.Reconciler is not { } reconciler) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var found = await reconciler.ReconcileAsync(stoppingToken);
                if (found.FoundAnything)
                {
                    logger.LogWarning(
                        "Search index reconciled with the store ({Articles} articles, {Documents} documents): {Reindexing} articles missing " +
                        "from the index are being indexed again, {Orphans} documents without an article deleted",
                        found.Articles, found.IndexedDocuments, found.Reindexing, found.OrphansDeleted);
                    indexer.NotifyStored();
                }
                await Task.Delay(Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Reconciling the search index with the store failed; trying again in {Interval}", Interval);
                await Task.Delay(Interval, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}
