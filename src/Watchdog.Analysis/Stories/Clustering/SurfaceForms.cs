namespace Watchdog.Analysis.Stories.Clustering;

/// <summary>
/// How often each written form of each term occurred in a story, so a label shows Алматы, not the stem алмат. Terms
/// are told apart by their position in the story's centroid (<see cref="StoryCentroid.TermIds"/>), which the story
/// has anyway: open stories are what grows in a long ingest's live heap, and a table keyed by term of their own was the
/// largest part of them (a heap dump of the service after 9,945 real-size pages: 21 of its 123 MB live, for 687 open
/// stories; 48 bytes a term of a story). Now 12: each term's first form and its count, side by side; the rare other
/// forms in a table of their own.
/// </summary>
internal sealed class SurfaceForms
{
    private readonly List<string?> _first = [];
    private readonly List<int> _firstCount = [];
    // Forms other than the first, by position: most terms of a story are written one way.
    private Dictionary<int, Dictionary<string, int>>? _others;

    /// <summary>Makes room for the forms of this many terms at once (a story's first article: most stories keep only its terms).</summary>
    public void Reserve(int terms)
    {
        _first.EnsureCapacity(terms);
        _firstCount.EnsureCapacity(terms);
    }

    /// <param name="position">The term's position in the story's centroid.</param>
    /// <param name="surface">One occurrence of the term, as written.</param>
    public void Add(int position, string surface)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        while (_first.Count <= position)
        {
            _first.Add(null);
            _firstCount.Add(0);
        }
        var first = _first[position];
        if (first is null || string.Equals(first, surface, StringComparison.Ordinal))
        {
            _first[position] = surface;
            _firstCount[position]++;
            return;
        }
        _others ??= [];
        if (!_others.TryGetValue(position, out var others)) _others.Add(position, others = new Dictionary<string, int>(StringComparer.Ordinal));
        others[surface] = others.GetValueOrDefault(surface) + 1;
    }

    /// <summary>The commonest form (ties: the shortest, then ordinal order); <paramref name="stem"/> when none was recorded.</summary>
    public string MostFrequent(int position, string stem)
    {
        if (position >= _first.Count || _first[position] is not { } first) return stem;
        IEnumerable<KeyValuePair<string, int>> forms = [new(first, _firstCount[position])];
        if (_others?.GetValueOrDefault(position) is { } others) forms = forms.Concat(others);
        return forms.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key.Length).ThenBy(pair => pair.Key, StringComparer.Ordinal).First().Key;
    }
}
