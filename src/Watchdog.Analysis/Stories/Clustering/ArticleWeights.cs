namespace Watchdog.Analysis.Stories.Clustering;

/// <summary>
/// The idf-weighted vector of the article being placed, readable by term id in constant time: a story's centroid is
/// compared term by term, and a dictionary lookup per term (hashing its language and stem) cost more than the rest of
/// the comparison. One instance is reused for every article; a mark per slot tells this article's weights from stale ones.
/// </summary>
internal sealed class ArticleWeights
{
    private double[] _weights = [];
    private int[] _marks = [];
    private int _mark;

    /// <summary>The language id of the article (<see cref="DocumentFrequencies.LanguageId"/>).</summary>
    public int Language { get; private set; }

    /// <param name="ids">Term ids, all below <paramref name="termCount"/>.</param>
    /// <param name="weights">The weight of each id, in the same order.</param>
    public void Set(int language, int[] ids, double[] weights, int termCount)
    {
        if (_marks.Length < termCount)
        {
            var size = Math.Max(termCount, _marks.Length * 2);
            Array.Resize(ref _weights, size);
            Array.Resize(ref _marks, size);
        }
        _mark++;
        Language = language;
        for (var i = 0; i < ids.Length; i++)
        {
            _weights[ids[i]] = weights[i];
            _marks[ids[i]] = _mark;
        }
    }

    /// <summary>The article's weight of the term, 0 when the article does not have it.</summary>
    public double WeightOf(int id) => id < _marks.Length && _marks[id] == _mark ? _weights[id] : 0;
}
