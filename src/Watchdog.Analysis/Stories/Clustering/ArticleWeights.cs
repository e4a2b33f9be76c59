namespace Watchdog.Analysis.Stories.Clustering;

/// <summary>
/// The idf-weighted vector of the article being placed, readable by term id in constant time: a story's centroid is
/// compared term by term, and a dictionary lookup per term (hashing its language and stem) cost more than the rest of
/// the comparison. One instance is reused for every article.
/// </summary>
internal sealed class ArticleWeights
{
    private readonly StampedTable<double> _weights = new();

    /// <summary>The language id of the article (<see cref="DocumentFrequencies.LanguageId"/>).</summary>
    public int Language { get; private set; }

    /// <param name="ids">Term ids, all below <paramref name="termCount"/>.</param>
    /// <param name="weights">The weight of each id, in the same order.</param>
    public void Set(int language, int[] ids, double[] weights, int termCount)
    {
        _weights.Clear(termCount);
        Language = language;
        for (var i = 0; i < ids.Length; i++) _weights.Set(ids[i], weights[i]);
    }

    /// <summary>The article's weight of the term, 0 when the article does not have it.</summary>
    public double WeightOf(int id) => _weights.TryGet(id, out var weight) ? weight : 0;
}
