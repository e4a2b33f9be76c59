using Watchdog.Core.Queue;
using Watchdog.Pipeline.Hosting;
using Watchdog.Pipeline.Stages;

namespace Watchdog.Pipeline.Watching;

/// <summary>Payload of a <see cref="WorkKinds.WatchArticle"/> item: the stored article to match against the standing queries.</summary>
public sealed record WatchArticleInput(long ArticleId)
{
    /// <summary>Queues the article for matching (once per article) and wakes the workers.</summary>
    public static async Task EnqueueAsync(IWorkQueue queue, WorkSignal signal, long articleId, DateTimeOffset now, CancellationToken ct)
    {
        if (await queue.EnqueueAsync(WorkKinds.WatchArticle, PayloadJson.Serialize(new WatchArticleInput(articleId)), WorkKinds.WatchArticleKey(articleId), now, ct))
            signal.Notify();
    }
}
