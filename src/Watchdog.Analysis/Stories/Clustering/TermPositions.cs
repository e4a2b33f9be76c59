namespace Watchdog.Analysis.Stories.Clustering;

/// <summary>
/// Where each term of one story's centroid sits in it, readable by term id in constant time while an article is added to
/// that story. One instance serves every story of a clusterer, filled again for each article added (a pass over the
/// story's terms, as each comparison with it already makes): a table of its own in every open story cost ≈ 30 bytes a
/// term of a story, and open stories are what grows in a long ingest's live heap.
/// </summary>
internal sealed class TermPositions
{
    private readonly StampedTable<int> _positions = new();

    /// <summary>Forgets the previous story's terms and holds these: <paramref name="ids"/>[i] at position i.</summary>
    /// <param name="termCount">How many term ids there are (<see cref="DocumentFrequencies.TermCount"/>).</param>
    public void Set(IReadOnlyList<int> ids, int termCount)
    {
        _positions.Clear(termCount);
        for (var i = 0; i < ids.Count; i++) Add(ids[i], i);
    }

    /// <summary>Records a term just added to the story; its id must be below the term count given to <see cref="Set"/>.</summary>
    public void Add(int id, int position) => _positions.Set(id, position);

    /// <returns>The term's position in the story, or -1 when the story does not have it.</returns>
    public int Of(int id) => _positions.TryGet(id, out var position) ? position : -1;
}
