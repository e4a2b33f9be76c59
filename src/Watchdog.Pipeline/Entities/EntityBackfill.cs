using Microsoft.Extensions.Logging;
using Watchdog.Core.Entities;
using Watchdog.Core.Storage;

namespace Watchdog.Pipeline.Entities;

/// <summary>
/// Tags stored articles that are not yet tagged by the current tagger version, newest first, one batch at a time: for
/// the background service and for `watchdog entities backfill`. An article whose tagging fails is logged and skipped
/// for the life of this object, so it cannot stall the rest.
/// </summary>
public sealed class EntityBackfill(IEntityStore store, IArticleStore articles, ArticleEntityRecorder recorder, ILogger<EntityBackfill> logger)
{
    private readonly HashSet<long> _failed = [];

    /// <returns>How many articles the batch tagged; 0 when none is left to tag.</returns>
    public async Task<int> TagBatchAsync(int batchSize, CancellationToken ct)
    {
        var ids = (await store.ListUntaggedAsync(ArticleEntityTagging.TaggerVersion, batchSize + _failed.Count, ct))
            .Where(id => !_failed.Contains(id)).Take(batchSize).ToList();
        var tagged = 0;
        foreach (var id in ids)
        {
            try
            {
                // An article deleted since the listing is simply skipped.
                if (await articles.GetAsync(id, ct) is not { } article) continue;
                await recorder.TagAsync(article, ct);
                tagged++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _failed.Add(id);
                logger.LogWarning(e, "Entity tagging of article {ArticleId} failed; it stays untagged", id);
            }
        }
        return tagged;
    }
}
