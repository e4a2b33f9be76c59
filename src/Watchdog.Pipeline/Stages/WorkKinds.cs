using Watchdog.Core.Queue;

namespace Watchdog.Pipeline.Stages;

/// <summary>The kinds of durable work items, one per queue-fed stage.</summary>
public static class WorkKinds
{
    public const string RefreshSource = "refresh-source";
    public const string FetchArticle = "fetch-article";
    public const string WatchArticle = "watch-article";
    public const string StorePost = "store-post";

    /// <summary>
    /// Kinds that finish work already in flight (an article stored, a post found), leased before the kinds that start
    /// new work. Leased purely in due order, a 10,000-page backlog fetched every queued page before matching the articles
    /// stored meanwhile: 40 % of the run's CPU came after 95 % of the articles were stored, and alerts waited for it.
    /// Fetches and refreshes stay in one tier, so a fetch backlog never holds back a source's next refresh.
    /// </summary>
    private static readonly string[] Downstream = [WatchArticle, StorePost];

    /// <summary>The lease order for <paramref name="kinds"/>: <see cref="Downstream"/> kinds first, the others after them.</summary>
    public static LeaseOrder LeaseOrderOf(IEnumerable<string> kinds)
    {
        var all = kinds.ToList();
        return LeaseOrder.InTiers([all.Where(k => Downstream.Contains(k, StringComparer.Ordinal)), all]);
    }

    public static string RefreshSourceKey(long sourceId) => $"source:{sourceId}";

    /// <summary>One pending fetch per URL, whichever source found it.</summary>
    public static string FetchArticleKey(Uri url) => url.AbsoluteUri;

    /// <summary>One pending store per post permalink.</summary>
    public static string StorePostKey(Uri url) => "post:" + url.AbsoluteUri;

    /// <summary>Each stored article is matched against the standing queries once.</summary>
    public static string WatchArticleKey(long articleId) => $"article:{articleId}";
}
