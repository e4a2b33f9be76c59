using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Watchdog.Core.Articles;
using Watchdog.Core.Search;
using Watchdog.Core.Storage;
using Watchdog.Pipeline.Hosting;
using Watchdog.Pipeline.Metrics;
using Watchdog.Storage.Search;

namespace Watchdog.Pipeline.Stages;

/// <summary>
/// Puts stored articles into the search index. Driven by the store's <c>indexed</c> flag rather than by queue items:
/// an article is marked only after the index has committed it, so a crash between the two writes just means it is
/// indexed again (harmless: indexing replaces by id).
/// </summary>
public sealed class ArticleIndexer(IArticleStore articles, ISearchIndex index, PipelineMetrics metrics, ILogger<ArticleIndexer>? logger = null)
    : IDisposable
{
    public const string StageName = "index";

    /// <summary>Big enough that one index commit serves many articles, small enough to hold in memory at once.</summary>
    public const int BatchSize = 256;

    private readonly ILogger _logger = logger ?? NullLogger<ArticleIndexer>.Instance;
    private readonly WorkSignal _stored = new();
    private readonly HashSet<long> _unindexable = [];

    /// <summary>Tells the indexer loop that articles were stored, so it runs now rather than at its next poll.</summary>
    public void NotifyStored() => _stored.Notify();

    public Task<bool> WaitForArticlesAsync(TimeSpan timeout, CancellationToken ct) => _stored.WaitAsync(timeout, ct);

    /// <returns>How many articles were indexed.</returns>
    public async Task<int> IndexPendingAsync(CancellationToken ct)
    {
        var indexed = 0;
        while (true)
        {
            // Skip past articles that failed alone before, so one bad document cannot stall the rest.
            List<Article> pending;
            using (metrics.Stages.Measure(PipelineStages.Store))
            {
                pending = [.. (await articles.ListUnindexedAsync(BatchSize + _unindexable.Count, ct)).Where(a => !_unindexable.Contains(a.Id))];
            }
            if (pending.Count == 0) return indexed;
            try
            {
                indexed += await IndexBatchAsync(pending, ct);
            }
            catch (SearchIndexReadOnlyException e)
            {
                // Beside the running service: the articles stay unindexed in the store and the service indexes them.
                _logger.LogInformation("{Count} or more articles wait to be indexed by the process that writes the index: {Reason}", pending.Count, e.Message);
                return indexed;
            }
        }
    }

    private async Task<int> IndexBatchAsync(List<Article> batch, CancellationToken ct)
    {
        try
        {
            using (metrics.Stages.Measure(PipelineStages.Index))
            {
                await index.IndexAsync(batch, ct);
            }
            using (metrics.Stages.Measure(PipelineStages.Store))
            {
                await articles.MarkIndexedAsync(batch.Select(a => a.Id).ToList(), ct);
            }
            metrics.Count(StageName, StageStatus.Ok, batch.Count);
            return batch.Count;
        }
        catch (Exception e) when (e is not OperationCanceledException and not SearchIndexReadOnlyException && batch.Count > 1)
        {
            _logger.LogWarning(e, "Indexing a batch of {Count} articles failed; indexing them one by one", batch.Count);
            var indexed = 0;
            foreach (var article in batch) indexed += await IndexBatchAsync([article], ct);
            return indexed;
        }
        catch (Exception e) when (e is not OperationCanceledException and not SearchIndexReadOnlyException)
        {
            _logger.LogError(e, "Article {Id} cannot be indexed; it stays stored and unindexed until restart", batch[0].Id);
            _unindexable.Add(batch[0].Id);
            metrics.Count(StageName, StageStatus.Failed);
            return 0;
        }
    }

    public void Dispose() => _stored.Dispose();
}
