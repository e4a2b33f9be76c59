using Watchdog.Analysis.Text;

namespace Watchdog.Guard.Leaks;

/// <summary>Turns matched k-gram positions of an article into passages (character offsets in the article).</summary>
public static class ArticleSpans
{
    /// <param name="hits">Article word position of each matched k-gram and the document fingerprint it matched.</param>
    /// <param name="words">The article's tokens, for the character offsets.</param>
    public static IReadOnlyList<ArticleSpan> Merge(IReadOnlyList<(int ArticleWord, int Fingerprint)> hits, IReadOnlyList<Token> words)
    {
        var spans = new List<ArticleSpan>();
        var ordered = hits.OrderBy(h => h.ArticleWord).ToList();
        var i = 0;
        while (i < ordered.Count)
        {
            var firstWord = ordered[i].ArticleWord;
            var lastWord = firstWord + Winnowing.K - 1;
            var fingerprints = new HashSet<int> { ordered[i].Fingerprint };
            i++;
            while (i < ordered.Count && ordered[i].ArticleWord - lastWord <= LeakReportingRule.MaxGapWordsInSpan)
            {
                lastWord = Math.Max(lastWord, ordered[i].ArticleWord + Winnowing.K - 1);
                fingerprints.Add(ordered[i].Fingerprint);
                i++;
            }
            spans.Add(new ArticleSpan(words[firstWord].Start, words[lastWord].End, fingerprints.Count));
        }
        return spans;
    }
}
