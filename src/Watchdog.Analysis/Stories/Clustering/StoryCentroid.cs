namespace Watchdog.Analysis.Stories.Clustering;

/// <summary>
/// The sum of a story's article vectors, kept as length-normalised term frequencies without idf: idf is applied
/// when comparing, so a story started early in a stream is weighed with what the clusterer knows now, not with
/// the few articles it had seen then.
/// </summary>
internal sealed class StoryCentroid
{
    private readonly Dictionary<Term, double> _frequencies = [];

    public IEnumerable<Term> Terms => _frequencies.Keys;

    public void Add(ArticleTerms article)
    {
        var length = Math.Sqrt(article.Frequencies.Values.Sum(value => value * value));
        if (length == 0) return;
        foreach (var (term, frequency) in article.Frequencies)
        {
            _frequencies[term] = _frequencies.GetValueOrDefault(term) + frequency / length;
        }
    }

    /// <summary>Cosine between an idf-weighted article vector and this centroid weighted the same way.</summary>
    public double Cosine(IReadOnlyDictionary<Term, double> weightedArticle, double articleNorm, DocumentFrequencies frequencies)
    {
        if (articleNorm == 0) return 0;
        double dot = 0, squares = 0;
        foreach (var (term, frequency) in _frequencies)
        {
            var weight = frequency * frequencies.InverseFrequency(term);
            squares += weight * weight;
            if (weightedArticle.TryGetValue(term, out var articleWeight)) dot += weight * articleWeight;
        }
        return squares == 0 ? 0 : dot / (Math.Sqrt(squares) * articleNorm);
    }

    /// <summary>Terms by idf-weighted centroid weight, heaviest first (ties by stem, so labels are deterministic).</summary>
    public IEnumerable<(Term Term, double Weight)> Ranked(DocumentFrequencies frequencies) =>
        _frequencies
            .Select(pair => (Term: pair.Key, Weight: pair.Value * frequencies.InverseFrequency(pair.Key)))
            .Where(pair => pair.Weight > 0)
            .OrderByDescending(pair => pair.Weight)
            .ThenBy(pair => pair.Term.Stem, StringComparer.Ordinal)
            .ThenBy(pair => pair.Term.Language, StringComparer.Ordinal);
}
