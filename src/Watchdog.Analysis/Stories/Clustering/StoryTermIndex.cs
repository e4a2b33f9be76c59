namespace Watchdog.Analysis.Stories.Clustering;

/// <summary>
/// Term id → open stories containing it, so an article is compared only with stories sharing one of its top terms. Each
/// term's stories are a sorted list (a binary search to add or remove one): 4 bytes a term of a story where a hash set
/// took ≈ 16, and a set of its own for every term of every open story was a large part of a long ingest's live heap.
/// </summary>
internal sealed class StoryTermIndex
{
    private Dictionary<int, List<int>> _stories = [];

    public void Add(int storyId, IEnumerable<int> termIds)
    {
        foreach (var term in termIds)
        {
            if (!_stories.TryGetValue(term, out var ids)) _stories[term] = ids = [];
            var at = ids.BinarySearch(storyId);
            // Stories are mostly new ones, whose ids are the largest: they go at the end.
            if (at < 0) ids.Insert(~at, storyId);
        }
    }

    public void Remove(int storyId, IEnumerable<int> termIds)
    {
        foreach (var term in termIds)
        {
            if (!_stories.TryGetValue(term, out var ids)) continue;
            var at = ids.BinarySearch(storyId);
            if (at >= 0) ids.RemoveAt(at);
            if (ids.Count == 0) _stories.Remove(term);
        }
    }

    /// <summary>Gives each term its id after a compaction of the document frequencies (<see cref="DocumentFrequencies.Compact"/>), which keeps every term of an open story.</summary>
    /// <param name="newIds">By old id: the new id.</param>
    public void Remap(int[] newIds)
    {
        var remapped = new Dictionary<int, List<int>>(_stories.Count);
        foreach (var (term, stories) in _stories)
        {
            var id = newIds[term];
            if (id < 0) throw new InvalidOperationException($"Term {term}, in the open stories {string.Join(", ", stories)}, was forgotten.");
            remapped.Add(id, stories);
        }
        _stories = remapped;
    }

    public IEnumerable<int> StoriesWithAny(IEnumerable<int> termIds) =>
        termIds.SelectMany(term => _stories.TryGetValue(term, out var ids) ? ids : Enumerable.Empty<int>()).Distinct();
}
