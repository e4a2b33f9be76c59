namespace Watchdog.Pipeline.Stages;

/// <summary>The kinds of durable work items, one per queue-fed stage.</summary>
public static class WorkKinds
{
    public const string RefreshSource = "refresh-source";
    public const string FetchArticle = "fetch-article";
    public const string WatchArticle = "watch-article";
    public const string StorePost = "store-post";

    public static string RefreshSourceKey(long sourceId) => $"source:{sourceId}";

    /// <summary>One pending fetch per URL, whichever source found it.</summary>
    public static string FetchArticleKey(Uri url) => url.AbsoluteUri;

    /// <summary>One pending store per post permalink.</summary>
    public static string StorePostKey(Uri url) => "post:" + url.AbsoluteUri;

    /// <summary>Each stored article is matched against the standing queries once.</summary>
    public static string WatchArticleKey(long articleId) => $"article:{articleId}";
}
