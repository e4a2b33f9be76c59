using Watchdog.Analysis.Stories.Clustering;
using Watchdog.Core.Articles;
using Watchdog.Core.Search;
using Watchdog.Core.Storage;

namespace Watchdog.Pipeline.Reporting;

/// <summary>A story found among a query's matches, with its articles newest first.</summary>
public sealed record FoundStory(Story Story, IReadOnlyList<Article> Articles)
{
    /// <summary>The tone of the story's articles, in aggregate.</summary>
    public ToneCounts Tone => ToneCounts.Of(Articles.Select(a => a.Tone));
}

/// <summary>
/// Groups the newest matches of a search into stories (articles about one event, see <see cref="StoryClusterer"/>).
/// Clustering runs over the matches on each call, so a story's id means something only within one answer.
/// </summary>
public static class StoryFinder
{
    /// <summary>Clustering reads each article's text: this bounds the work one request can ask for.</summary>
    public const int MaxArticles = 3000;

    /// <param name="maxArticles">Only the newest this many matches are clustered (at most <see cref="MaxArticles"/>).</param>
    /// <returns>Stories of at least <paramref name="minArticles"/> articles, largest first, then most recently updated.</returns>
    /// <exception cref="InvalidQueryException">The query cannot be parsed.</exception>
    public static async Task<FoundStory[]> FindAsync(
        ISearchIndex index, IArticleStore articles, SearchRequest request, int maxArticles, int minArticles, CancellationToken ct)
    {
        var loaded = (await NewestMatches.LoadAsync(index, articles, request, Math.Clamp(maxArticles, 1, MaxArticles), ct)).ToDictionary(a => a.Id);
        var stories = StoryClusterer.Cluster(loaded.Values.Select(a =>
            new StoryArticle(a.Id, a.PublishedAt ?? a.FetchedAt, a.Language, a.Title, a.Text)));
        return
        [
            .. stories.Where(s => s.ArticleIds.Count >= minArticles).Select(s => new FoundStory(s,
                [.. s.ArticleIds.Select(id => loaded[id]).OrderByDescending(a => a.PublishedAt ?? a.FetchedAt)])),
        ];
    }
}
