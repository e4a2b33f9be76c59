namespace Watchdog.Analysis.Stories.Clustering;

/// <summary>Term → open stories containing it, so an article is compared only with stories sharing one of its top terms.</summary>
internal sealed class StoryTermIndex
{
    private readonly Dictionary<Term, HashSet<int>> _stories = [];

    public void Add(int storyId, IEnumerable<Term> terms)
    {
        foreach (var term in terms)
        {
            if (!_stories.TryGetValue(term, out var ids)) _stories[term] = ids = [];
            ids.Add(storyId);
        }
    }

    public void Remove(int storyId, IEnumerable<Term> terms)
    {
        foreach (var term in terms)
        {
            if (!_stories.TryGetValue(term, out var ids)) continue;
            ids.Remove(storyId);
            if (ids.Count == 0) _stories.Remove(term);
        }
    }

    public IEnumerable<int> StoriesWithAny(IEnumerable<Term> terms) =>
        terms.SelectMany(term => _stories.TryGetValue(term, out var ids) ? ids : Enumerable.Empty<int>()).Distinct();
}
