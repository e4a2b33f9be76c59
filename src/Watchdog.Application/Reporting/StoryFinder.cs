using Watchdog.Core.Articles;
using Watchdog.Core.Search;
using Watchdog.Core.Storage;
using Watchdog.Core.Stories;

namespace Watchdog.Application.Reporting;

/// <summary>A stored story found among a query's matches: the matching articles, newest first, and their timeline, oldest first.</summary>
public sealed record FoundStory(StoredStory Story, IReadOnlyList<Article> Articles, IReadOnlyList<TimelineEntry> Timeline)
{
    /// <summary>The tone of the story's matching articles, in aggregate.</summary>
    public ToneCounts Tone => ToneCounts.Of(Articles.Select(a => a.Tone));
}

/// <summary>
/// The stories among a search's matches, as ingest stored them (<see cref="Stages.Stories.StoryAssigner"/>): a story's id
/// is the same in every answer. Matches not yet given a story (stored in the last seconds) are not in any.
/// </summary>
public static class StoryFinder
{
    /// <summary>Matches looked up (newest first): bounds the work one request can ask for.</summary>
    public const int MaxMatches = 20_000;

    /// <summary>Stories loaded to say who breaks and who follows: enough for any period a person reads, bounded per request.</summary>
    public const int MaxStoriesForRoles = 500;

    /// <param name="maxStories">At most this many stories are loaded with their articles.</param>
    /// <returns>Stories with at least <paramref name="minArticles"/> matching articles, most matches first, then most recently updated.</returns>
    /// <exception cref="InvalidQueryException">The query cannot be parsed.</exception>
    public static async Task<FoundStory[]> FindAsync(
        ISearchIndex index, IArticleStore articles, IStoryStore stories, SearchRequest request, int maxStories, int minArticles, CancellationToken ct)
    {
        var ids = (await index.MatchingIdsAsync(request, ct)).Take(MaxMatches).ToList();
        var memberships = await stories.GetMembershipsAsync(ids, ct);
        var groups = memberships.Values
            .GroupBy(m => m.StoryId)
            .Where(g => g.Count() >= Math.Max(1, minArticles))
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Max(m => m.PublishedAt)).ThenBy(g => g.Key)
            .Take(Math.Max(1, maxStories))
            .ToList();
        var stored = await stories.GetStoriesAsync([.. groups.Select(g => g.Key)], ct);
        var found = new List<FoundStory>();
        foreach (var group in groups)
        {
            if (!stored.TryGetValue(group.Key, out var story)) continue;
            var members = new List<(Article, StoryMembership)>();
            foreach (var membership in group)
            {
                // Retention may remove an article between the search and the read: that is no error.
                if (await articles.GetAsync(membership.ArticleId, ct) is { } article) members.Add((article, membership));
            }
            if (members.Count < minArticles) continue;
            var timeline = StoryTimeline.Of(members);
            found.Add(new FoundStory(story, [.. timeline.Select(e => e.Article).Reverse()], timeline));
        }
        return [.. found];
    }
}
