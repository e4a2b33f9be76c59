namespace Watchdog.Analysis.Stories.Clustering;

/// <summary>
/// How often each written form of each term occurred in a story, so a label shows Алматы, not the stem алмат. Terms
/// are told apart by their position in the story's centroid (<see cref="StoryCentroid.TermIds"/>), which the story
/// has anyway: open stories are what grows in a long ingest's live heap, and a table keyed by term of their own was the
/// largest part of them (a heap dump of the service after 9,945 real-size pages: 21 of its 123 MB live, for 687 open
/// stories; 48 bytes a term of a story). Now 12: each term's first form and its count, side by side; the rare other
/// forms in one sorted list for the story (a dictionary for each term that had one cost ≈ 200 bytes: 4 MB after
/// 9,945 pages).
/// </summary>
internal sealed class SurfaceForms
{
    private readonly List<string?> _first = [];
    private readonly List<int> _firstCount = [];
    // Forms other than the first, ordered by position then form: most terms of a story are written one way.
    private List<OtherForm>? _others;

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
        var at = _others.BinarySearch(new OtherForm(position, surface, 0), OtherForm.ByPositionThenForm);
        if (at >= 0) _others[at] = _others[at] with { Count = _others[at].Count + 1 };
        else _others.Insert(~at, new OtherForm(position, surface, 1));
    }

    /// <summary>The commonest form (ties: the shortest, then ordinal order); <paramref name="stem"/> when none was recorded.</summary>
    public string MostFrequent(int position, string stem)
    {
        if (position >= _first.Count || _first[position] is not { } first) return stem;
        IEnumerable<(string Form, int Count)> forms = [(first, _firstCount[position])];
        if (_others is not null) forms = forms.Concat(OthersAt(_others, position));
        return forms.OrderByDescending(form => form.Count).ThenBy(form => form.Form.Length).ThenBy(form => form.Form, StringComparer.Ordinal).First().Form;
    }

    private static IEnumerable<(string Form, int Count)> OthersAt(List<OtherForm> others, int position)
    {
        // The first form of the position in the list: a search for one before every form there lands on it.
        var at = ~others.BinarySearch(new OtherForm(position, null, 0), OtherForm.ByPositionThenForm);
        for (; at < others.Count && others[at].Position == position; at++) yield return (others[at].Form!, others[at].Count);
    }

    /// <param name="Form">Null only in a search key, where it sorts before every form.</param>
    private readonly record struct OtherForm(int Position, string? Form, int Count)
    {
        public static readonly IComparer<OtherForm> ByPositionThenForm = Comparer<OtherForm>.Create((a, b) =>
            a.Position != b.Position ? a.Position.CompareTo(b.Position) : string.CompareOrdinal(a.Form, b.Form));
    }
}
