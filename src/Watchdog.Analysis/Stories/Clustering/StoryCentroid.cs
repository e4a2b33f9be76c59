namespace Watchdog.Analysis.Stories.Clustering;

/// <summary>
/// The sum of a story's article vectors, kept as length-normalised term frequencies without idf: idf is applied
/// when comparing, so a story started early in a stream is weighed with what the clusterer knows now, not with
/// the few articles it had seen then.
/// </summary>
internal sealed class StoryCentroid
{
    /// <summary>
    /// Distinct anchors each side needs before their cosine counts: two short notes that both name only Алматы have an
    /// anchor cosine of 1 and nothing else in common (a court case and a metro opening joined in the tests).
    /// </summary>
    public const int MinimumAnchors = 2;

    /// <summary>
    /// Distinct anchors the article and the story must have in common before their anchor cosine counts: one shared name
    /// (Алматы, in most of a city's news) made an English piece on court streaming and a Russian one on NGO reports one
    /// story in the demo.
    /// </summary>
    public const int MinimumSharedAnchors = 2;

    // Term ids and their summed frequencies in the order terms first came: the order the sums run in, so they do not
    // depend on how a dictionary lays out its entries.
    private readonly List<int> _ids = [];
    private readonly List<double> _frequencies = [];

    /// <summary>Ids of the terms of <see cref="DocumentFrequencies"/> in the centroid.</summary>
    public IReadOnlyList<int> TermIds => _ids;

    /// <param name="ids">The article's term ids, in the order of its frequencies (<see cref="DocumentFrequencies.IdsOf"/>).</param>
    /// <param name="positions">Left holding this centroid's terms, the article's among them.</param>
    /// <param name="termCount">How many term ids there are (<see cref="DocumentFrequencies.TermCount"/>).</param>
    public void Add(ArticleTerms article, int[] ids, TermPositions positions, int termCount)
    {
        positions.Set(_ids, termCount);
        var length = Math.Sqrt(article.Frequencies.Values.Sum(value => value * value));
        if (length == 0) return;
        if (_ids.Count == 0)
        {
            // Most stories keep their first article's terms alone: room for exactly those, not the next power of two.
            _ids.Capacity = ids.Length;
            _frequencies.Capacity = ids.Length;
        }
        var i = 0;
        foreach (var frequency in article.Frequencies.Values)
        {
            var id = ids[i++];
            var position = positions.Of(id);
            if (position >= 0)
            {
                _frequencies[position] += frequency / length;
                continue;
            }
            positions.Add(id, _ids.Count);
            _ids.Add(id);
            _frequencies.Add(frequency / length);
        }
    }

    /// <summary>Gives each term its id after a compaction of the document frequencies (<see cref="DocumentFrequencies.Compact"/>), which keeps every term of an open story.</summary>
    /// <param name="newIds">By old id: the new id.</param>
    public void Remap(int[] newIds)
    {
        for (var i = 0; i < _ids.Count; i++) _ids[i] = newIds[_ids[i]];
    }

    /// <summary>
    /// Cosines between an idf-weighted article vector and this centroid weighted the same way: over the words (stems),
    /// and over the shared anchors alone (what an article in another language can have in common with the story).
    /// Anchors stay out of the first: measured on both fixtures, adding them to the words lowered recall within a
    /// language (an article's own numbers and names, unmatched, only lengthen its vector). The words are compared with
    /// the part of the centroid in the article's language: once a story has articles in two languages, the other
    /// language's stems would otherwise dilute the cosine of every later article. Anchors is NaN when the article or
    /// the story has fewer than <see cref="MinimumAnchors"/> (too little evidence either way).
    /// </summary>
    public (double All, double Anchors) Cosine(ArticleWeights article, ArticleNorms norms, DocumentFrequencies frequencies)
    {
        double dot = 0, squares = 0, anchorDot = 0, anchorSquares = 0;
        int anchorTerms = 0, sharedAnchors = 0;
        var shared = frequencies.SharedLanguage;
        for (var i = 0; i < _ids.Count; i++)
        {
            var id = _ids[i];
            var termLanguage = frequencies.LanguageOf(id);
            if (termLanguage != shared && termLanguage != article.Language) continue;
            var weight = _frequencies[i] * frequencies.InverseFrequency(id);
            var articleWeight = article.WeightOf(id);
            if (termLanguage == shared)
            {
                anchorTerms++;
                if (articleWeight > 0) sharedAnchors++;
                anchorSquares += weight * weight;
                anchorDot += weight * articleWeight;
            }
            else
            {
                squares += weight * weight;
                dot += weight * articleWeight;
            }
        }
        var all = squares == 0 || norms.All == 0 ? 0 : dot / (Math.Sqrt(squares) * norms.All);
        var anchors = anchorTerms < MinimumAnchors || norms.AnchorTerms < MinimumAnchors || sharedAnchors < MinimumSharedAnchors ? double.NaN : anchorDot / (Math.Sqrt(anchorSquares) * norms.Anchors);
        return (all, anchors);
    }

    /// <summary>Terms by idf-weighted centroid weight, heaviest first (ties by stem, so labels are deterministic), with their positions, taken as they are needed.</summary>
    public HeaviestTerms Ranked(DocumentFrequencies frequencies)
    {
        var weights = new double[_ids.Count];
        for (var i = 0; i < weights.Length; i++) weights[i] = _frequencies[i] * frequencies.InverseFrequency(_ids[i]);
        return new HeaviestTerms(_ids, weights, frequencies);
    }
}

/// <summary>Euclidean lengths of an idf-weighted article vector: its words (stems), and its shared anchors.</summary>
internal readonly record struct ArticleNorms(double All, double Anchors, int AnchorTerms)
{
    /// <param name="weights">The article's idf-weighted frequencies, in the order of <paramref name="ids"/>.</param>
    public static ArticleNorms Of(int[] ids, double[] weights, DocumentFrequencies frequencies)
    {
        double words = 0, anchors = 0;
        var anchorTerms = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            if (frequencies.LanguageOf(ids[i]) == frequencies.SharedLanguage)
            {
                anchors += weights[i] * weights[i];
                anchorTerms++;
            }
            else
            {
                words += weights[i] * weights[i];
            }
        }
        return new ArticleNorms(Math.Sqrt(words), Math.Sqrt(anchors), anchorTerms);
    }
}
