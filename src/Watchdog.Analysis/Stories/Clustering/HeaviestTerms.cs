namespace Watchdog.Analysis.Stories.Clustering;

/// <summary>
/// A centroid's terms of positive weight taken heaviest first, ties by stem and then language (a centroid's terms are
/// distinct, so that order is total): a binary heap of their positions, ordered as they are taken. A label reads a
/// handful of a story's thousands of terms, so sorting them all (with LINQ, a key array per criterion beside a buffer
/// of tuples) for each label was wasted; the heap holds 12 bytes a term.
/// </summary>
internal sealed class HeaviestTerms
{
    private readonly IReadOnlyList<int> _ids;
    private readonly double[] _weights;
    private readonly DocumentFrequencies _frequencies;
    private readonly int[] _heap;
    private int _count;

    /// <param name="ids">The centroid's term ids, by position.</param>
    /// <param name="weights">Each position's weight; positions of weight 0 or less are left out.</param>
    public HeaviestTerms(IReadOnlyList<int> ids, double[] weights, DocumentFrequencies frequencies)
    {
        (_ids, _weights, _frequencies) = (ids, weights, frequencies);
        _heap = new int[weights.Length];
        for (var position = 0; position < weights.Length; position++)
        {
            if (weights[position] > 0) _heap[_count++] = position;
        }
        for (var at = _count / 2 - 1; at >= 0; at--) SiftDown(at);
    }

    /// <summary>The next heaviest term; false when every term has been taken.</summary>
    public bool TryTake(out (int Position, Term Term, double Weight) term)
    {
        if (_count == 0)
        {
            term = default;
            return false;
        }
        var position = _heap[0];
        term = (position, _frequencies.TermOf(_ids[position]), _weights[position]);
        _heap[0] = _heap[--_count];
        SiftDown(0);
        return true;
    }

    private void SiftDown(int at)
    {
        while (true)
        {
            var first = at;
            var (left, right) = (2 * at + 1, 2 * at + 2);
            if (left < _count && Before(_heap[left], _heap[first])) first = left;
            if (right < _count && Before(_heap[right], _heap[first])) first = right;
            if (first == at) return;
            (_heap[at], _heap[first]) = (_heap[first], _heap[at]);
            at = first;
        }
    }

    private bool Before(int position, int other)
    {
        if (_weights[position] != _weights[other]) return _weights[position] > _weights[other];
        var (term, otherTerm) = (_frequencies.TermOf(_ids[position]), _frequencies.TermOf(_ids[other]));
        var byStem = string.CompareOrdinal(term.Stem, otherTerm.Stem);
        return byStem != 0 ? byStem < 0 : string.CompareOrdinal(term.Language, otherTerm.Language) < 0;
    }
}
