using System.Runtime.InteropServices;

namespace Watchdog.Analysis.Stories.Clustering;

/// <summary>
/// How many articles of each language contain each term, learnt from the articles seen; gives the inverse
/// document frequency that makes very common words (и, және, the, заявил) weigh almost nothing without a
/// stop-word list. Each term it has met gets a dense id (<see cref="IdOf"/>, until <see cref="Compact"/> forgets it):
/// comparing an article with a story visits every term of the story's centroid, and with ids that visit reads arrays
/// instead of hashing two strings and taking a logarithm per term (it was most of story assignment's CPU on real-size
/// articles).
/// </summary>
internal sealed class DocumentFrequencies
{
    /// <summary>
    /// Documents assumed seen in each language without the term. Without this prior, the second article of a
    /// fresh clusterer would find every word it shares with the first in "all" documents, weigh it 0, and never
    /// join it; with thousands of articles seen, the prior no longer matters.
    /// </summary>
    public const int UnseenDocuments = 10;

    /// <summary>
    /// Fewest documents a term must be in to outlive a compaction (<see cref="Compact"/>) when no open story holds it. A term
    /// met once weighs ln((N + 10) / 2); forgotten and met again, ln((N + 10) / 1): ln 2 more, on a weight of ≈ 9 once
    /// thousands of articles are seen. Such terms are most of a news stream's vocabulary (numbers, names, typos).
    /// </summary>
    public const int MinimumDocumentsKept = 2;

    private readonly Dictionary<Term, int> _ids = [];
    private readonly List<Term> _terms = [];
    private readonly List<int> _languageOfTerm = [];
    private readonly List<int> _documentsWithTerm = [];
    private readonly Dictionary<string, int> _languageIds = new(StringComparer.Ordinal);
    private readonly List<int> _documentsInLanguage = [];
    // The idf of each term as last computed, and the article count of its language then: an idf changes only when one of
    // the two counts does, so one logarithm serves every story compared with an article.
    private readonly List<double> _inverseFrequency = [];
    private readonly List<int> _inverseFrequencyAt = [];
    // The first written form met of each term: every story that meets the same form again keeps this one string instead
    // of its own copy from each article's text (a word's spellings were a large share of the open stories' memory).
    private readonly List<string?> _spellings = [];

    public DocumentFrequencies() => SharedLanguage = LanguageId(Term.Shared);

    /// <summary>The language id of <see cref="Term.Shared"/>.</summary>
    public int SharedLanguage { get; }

    /// <summary>How many terms have ids: ids run from 0 to this, exclusive.</summary>
    public int TermCount => _terms.Count;

    /// <summary>The term's id, given on first sight (a term not yet observed has document frequency 0).</summary>
    public int IdOf(Term term)
    {
        if (_ids.TryGetValue(term, out var id)) return id;
        id = _terms.Count;
        _ids.Add(term, id);
        _terms.Add(term);
        _languageOfTerm.Add(LanguageId(term.Language));
        _documentsWithTerm.Add(0);
        _inverseFrequency.Add(0);
        _inverseFrequencyAt.Add(-1);
        _spellings.Add(null);
        return id;
    }

    /// <summary>The ids of an article's terms, in the order of its <see cref="ArticleTerms.Frequencies"/>.</summary>
    public int[] IdsOf(ArticleTerms article) => [.. article.Frequencies.Keys.Select(IdOf)];

    public Term TermOf(int id) => _terms[id];

    /// <summary>
    /// <paramref name="written"/>, or an equal string kept from an earlier article: the first form written of the term
    /// with this id is kept once for every story.
    /// </summary>
    public string SharedSpelling(int id, string written)
    {
        var kept = _spellings[id];
        if (kept is null) _spellings[id] = written;
        else if (string.Equals(kept, written, StringComparison.Ordinal)) return kept;
        return written;
    }

    /// <summary>A dense id of a language code (or of <see cref="Term.Shared"/>), given on first sight.</summary>
    public int LanguageId(string language)
    {
        if (_languageIds.TryGetValue(language, out var id)) return id;
        id = _documentsInLanguage.Count;
        _languageIds.Add(language, id);
        _documentsInLanguage.Add(0);
        return id;
    }

    public int LanguageOf(int termId) => _languageOfTerm[termId];

    /// <param name="ids">The article's term ids, from <see cref="IdsOf"/>.</param>
    public void Observe(ArticleTerms article, int[] ids)
    {
        _documentsInLanguage[LanguageId(article.Language)]++;
        // Every article, whatever its language, could have had a shared anchor.
        _documentsInLanguage[SharedLanguage]++;
        foreach (var id in ids)
        {
            _documentsWithTerm[id]++;
            _inverseFrequencyAt[id] = -1;
        }
    }

    /// <summary>
    /// Forgets terms so that at most <paramref name="keep"/> remain, the held ones counted: every held term stays (even
    /// past <paramref name="keep"/>), and of the others those in at least <see cref="MinimumDocumentsKept"/> documents,
    /// the commonest first, while there is room (a tie at the limit leaves all its terms out). A forgotten term's count starts again at 0 when it is met again. The terms kept
    /// get new ids, dense again and in their old order; the per-language article counts stay.
    /// </summary>
    /// <param name="held">By term id: whether the term must stay (an open story's centroid has it).</param>
    /// <returns>By old id: the term's new id, or -1 when it was forgotten.</returns>
    public int[] Compact(bool[] held, int keep)
    {
        ArgumentNullException.ThrowIfNull(held);
        ArgumentOutOfRangeException.ThrowIfNotEqual(held.Length, TermCount, nameof(held));
        var minimum = MinimumCountKept(held, keep - held.Count(isHeld => isHeld));
        var map = new int[TermCount];
        var kept = 0;
        for (var id = 0; id < map.Length; id++)
        {
            if (!held[id] && _documentsWithTerm[id] < minimum)
            {
                _ids.Remove(_terms[id]);
                map[id] = -1;
                continue;
            }
            map[id] = kept;
            CollectionsMarshal.GetValueRefOrNullRef(_ids, _terms[id]) = kept;
            MoveTerm(id, kept++);
        }
        Truncate(_terms, kept);
        Truncate(_languageOfTerm, kept);
        Truncate(_documentsWithTerm, kept);
        Truncate(_inverseFrequency, kept);
        Truncate(_inverseFrequencyAt, kept);
        Truncate(_spellings, kept);
        return map;
    }

    private static void Truncate<T>(List<T> list, int count) => list.RemoveRange(count, list.Count - count);

    /// <summary>The least document count that leaves at most <paramref name="room"/> unheld terms, and never below <see cref="MinimumDocumentsKept"/>.</summary>
    private int MinimumCountKept(bool[] held, int room)
    {
        var counts = Enumerable.Range(0, TermCount)
            .Where(id => !held[id] && _documentsWithTerm[id] >= MinimumDocumentsKept)
            .Select(id => _documentsWithTerm[id])
            .ToArray();
        if (counts.Length <= room) return MinimumDocumentsKept;
        if (room <= 0) return int.MaxValue;
        // The count of the first term there is no room for: only commoner terms stay.
        Array.Sort(counts, static (x, y) => y.CompareTo(x));
        return counts[room] + 1;
    }

    private void MoveTerm(int from, int to)
    {
        if (from == to) return;
        _terms[to] = _terms[from];
        _languageOfTerm[to] = _languageOfTerm[from];
        _documentsWithTerm[to] = _documentsWithTerm[from];
        _inverseFrequency[to] = _inverseFrequency[from];
        _inverseFrequencyAt[to] = _inverseFrequencyAt[from];
        _spellings[to] = _spellings[from];
    }

    public double InverseFrequency(Term term) => InverseFrequency(IdOf(term));

    /// <summary>ln((N + <see cref="UnseenDocuments"/>) / (df + 1)) over the articles of the term's language (all articles for a shared anchor): near 0 for a term in every article.</summary>
    public double InverseFrequency(int id)
    {
        var documents = _documentsInLanguage[_languageOfTerm[id]];
        if (_inverseFrequencyAt[id] == documents) return _inverseFrequency[id];
        var inverse = Math.Log((documents + (double)UnseenDocuments) / (_documentsWithTerm[id] + 1.0));
        _inverseFrequency[id] = inverse;
        _inverseFrequencyAt[id] = documents;
        return inverse;
    }
}
