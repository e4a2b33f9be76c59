namespace Watchdog.Analysis.Stories.Clustering;

/// <summary>Term id → open stories containing it, so an article is compared only with stories sharing one of its top terms.</summary>
internal sealed class StoryTermIndex
{
    private readonly Dictionary<int, HashSet<int>> _stories = [];

    public void Add(int storyId, IEnumerable<int> termIds)
    {
        foreach (var term in termIds)
        {
            if (!_stories.TryGetValue(term, out var ids)) _stories[term] = ids = [];
            ids.Add(storyId);
        }
    }

    public void Remove(int storyId, IEnumerable<int> termIds)
    {
        foreach (var term in termIds)
        {
            if (!_stories.TryGetValue(term, out var ids)) continue;
            ids.Remove(storyId);
            if (ids.Count == 0) _stories.Remove(term);
        }
    }

    public IEnumerable<int> StoriesWithAny(IEnumerable<int> termIds) =>
        termIds.SelectMany(term => _stories.TryGetValue(term, out var ids) ? ids : Enumerable.Empty<int>()).Distinct();
}
