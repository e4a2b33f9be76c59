namespace Watchdog.Analysis.Stories.Clustering;

/// <summary>
/// Clusters a batch the way ingest does: one <see cref="StoryClusterer"/>, articles added one at a time in order of
/// publication (ties in the order given), each decided when it arrives. Used by <c>watchdog stories cluster</c> and the
/// evaluation, so what they measure is what ingest stores.
/// </summary>
public static class StoryStream
{
    /// <returns>Each article's story id.</returns>
    public static IReadOnlyDictionary<long, int> Assign(IEnumerable<StoryArticle> articles, StoryClusteringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var clusterer = new StoryClusterer(options);
        var stories = new Dictionary<long, int>();
        foreach (var article in articles.Select((article, order) => (article, order)).OrderBy(x => x.article.PublishedAt).ThenBy(x => x.order).Select(x => x.article))
        {
            stories[article.Id] = clusterer.Add(article).StoryId;
        }
        return stories;
    }
}
