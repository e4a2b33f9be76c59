namespace Watchdog.Analysis.Stories.Clustering;

/// <summary>
/// How many articles of each language contain each term, learnt from the articles seen; gives the inverse
/// document frequency that makes very common words (и, және, the, заявил) weigh almost nothing without a
/// stop-word list.
/// </summary>
internal sealed class DocumentFrequencies
{
    /// <summary>
    /// Documents assumed seen in each language without the term. Without this prior, the second article of a
    /// fresh clusterer would find every word it shares with the first in "all" documents, weigh it 0, and never
    /// join it; with thousands of articles seen, the prior no longer matters.
    /// </summary>
    public const int UnseenDocuments = 10;

    private readonly Dictionary<Term, int> _documentsWithTerm = [];
    private readonly Dictionary<string, int> _documentsInLanguage = new(StringComparer.Ordinal);

    public void Observe(ArticleTerms article)
    {
        _documentsInLanguage[article.Language] = _documentsInLanguage.GetValueOrDefault(article.Language) + 1;
        // Every article, whatever its language, could have had a shared anchor.
        _documentsInLanguage[Term.Shared] = _documentsInLanguage.GetValueOrDefault(Term.Shared) + 1;
        foreach (var term in article.Frequencies.Keys)
        {
            _documentsWithTerm[term] = _documentsWithTerm.GetValueOrDefault(term) + 1;
        }
    }

    /// <summary>ln((N + <see cref="UnseenDocuments"/>) / (df + 1)) over the articles of the term's language (all articles for a shared anchor): near 0 for a term in every article.</summary>
    public double InverseFrequency(Term term)
    {
        var documents = _documentsInLanguage.GetValueOrDefault(term.Language);
        var withTerm = _documentsWithTerm.GetValueOrDefault(term);
        return Math.Log((documents + (double)UnseenDocuments) / (withTerm + 1.0));
    }
}
