namespace Watchdog.Analysis.Stories.Clustering;

/// <summary>
/// Keeps a learning clusterer's term table bounded (<see cref="StoryClusteringOptions.MaxTerms"/>): once the table reaches
/// the limit, the document frequencies forget the terms no open story has, down to half the limit
/// (<see cref="DocumentFrequencies.Compact"/>), and the open stories and the term index take the new ids. Down to half, so
/// the next compaction is at least half a limit of new terms away: one pass over the table per that many new terms, not
/// one per article.
/// </summary>
internal sealed class TermCompaction(int maxTerms)
{
    private readonly int _maxTerms = maxTerms;
    private int _dueAt = maxTerms;

    /// <summary>How many compactions have run.</summary>
    public int Count { get; private set; }

    /// <summary>Compacts when the table has reached its limit; call it between articles, when no article's ids are held.</summary>
    public void RunIfDue(DocumentFrequencies frequencies, IReadOnlyCollection<OpenStory> open, StoryTermIndex index)
    {
        if (frequencies.TermCount < _dueAt) return;
        var held = new bool[frequencies.TermCount];
        foreach (var story in open)
        {
            foreach (var id in story.Centroid.TermIds) held[id] = true;
        }
        var room = _maxTerms / 2;
        var newIds = frequencies.Compact(held, room);
        foreach (var story in open) story.Centroid.Remap(newIds);
        index.Remap(newIds);
        // Open stories holding more than half the limit keep the table above it: wait for room more terms all the same.
        _dueAt = Math.Max(_maxTerms, frequencies.TermCount + Math.Max(room, 1));
        Count++;
    }
}
