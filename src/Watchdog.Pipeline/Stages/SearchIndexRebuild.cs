using Watchdog.Pipeline.Storage;

namespace Watchdog.Pipeline.Stages;

/// <summary>
/// `watchdog reindex`: every stored article is put into the search index again. Each article is marked unindexed
/// first (durably), then the embedded index is emptied, so a crash in between leaves articles to index, never an
/// empty index whose articles count as indexed. Beside a running service, which holds the embedded index, the service
/// does the indexing and this follows its progress.
/// </summary>
public sealed class SearchIndexRebuild(StoreSet stores, ArticleIndexer indexer, TimeProvider clock)
{
    /// <summary>How often progress is read from the store.</summary>
    private static readonly TimeSpan ProgressPoll = TimeSpan.FromMilliseconds(500);

    /// <summary>A service that indexes nothing for this long is not coming: stop waiting and say so.</summary>
    public static readonly TimeSpan StallLimit = TimeSpan.FromMinutes(2);

    public async Task<RebuildSummary> RunAsync(IProgress<ReprocessProgress>? progress, CancellationToken ct)
    {
        var total = await stores.Articles.CountAsync(ct);
        await stores.Articles.MarkAllUnindexedAsync(ct);
        var here = stores.EmbeddedIndex is not { IsWritable: false };
        if (here) stores.EmbeddedIndex?.ClearForRebuild();
        var work = here ? indexer.IndexPendingAsync(ct) : Task.FromResult(0);
        var lastLeft = long.MaxValue;
        var lastChange = clock.GetUtcNow();
        while (true)
        {
            var left = await stores.Articles.CountUnindexedAsync(ct);
            progress?.Report(new ReprocessProgress(Math.Max(0, total - left), total));
            if (left == 0 || (work.IsCompleted && here)) return new RebuildSummary(total, left, here ? null : stores.EmbeddedIndex?.Writer?.ToString());
            if (left != lastLeft) (lastLeft, lastChange) = (left, clock.GetUtcNow());
            else if (clock.GetUtcNow() - lastChange > StallLimit)
                throw new InvalidOperationException(
                    $"{left} articles are still waiting, and {stores.EmbeddedIndex?.Writer?.ToString() ?? "the process that writes the index"} " +
                    $"has indexed none for {StallLimit.TotalMinutes:0} minutes; they stay marked and are indexed when it runs.");
            await Task.WhenAny(work, Task.Delay(ProgressPoll, clock, ct));
            ct.ThrowIfCancellationRequested();
        }
    }
}

/// <param name="NotIndexed">Articles that could not be indexed (logged one by one); 0 normally.</param>
/// <param name="IndexedBy">The running service that did the indexing, when it was not this process.</param>
public sealed record RebuildSummary(long Articles, long NotIndexed, string? IndexedBy);
