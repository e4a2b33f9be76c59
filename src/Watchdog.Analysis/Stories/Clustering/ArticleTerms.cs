using System.Runtime.InteropServices;
using Watchdog.Analysis.Stories.Anchors;
using Watchdog.Analysis.Text;

namespace Watchdog.Analysis.Stories.Clustering;

/// <summary>
/// An article's term frequencies (title words counted <see cref="StoryClusteringOptions.TitleBoost"/> times,
/// dampened as 1 + ln tf so one repeated word does not dominate) and the written form of each of its words;
/// function words (<see cref="StopWords"/>) are left out. Besides its stems, an article has the
/// <see cref="SharedAnchors"/> every language shares (names, numbers, months) as terms of <see cref="Term.Shared"/>.
/// </summary>
internal sealed record ArticleTerms(string Language, IReadOnlyDictionary<Term, double> Frequencies, IReadOnlyList<(Term Term, string Surface)> Words)
{
    public static ArticleTerms Of(StoryArticle article, StoryClusteringOptions options)
    {
        var language = string.IsNullOrWhiteSpace(article.Language) ? Languages.LanguageCodes.Undetermined : article.Language;
        var counts = new Dictionary<Term, double>();
        var words = new List<(Term, string)>();
        Count(article.Title ?? "", options.TitleBoost);
        Count(article.Text ?? "", 1);
        // The counts become the frequencies in place (a value set through its reference leaves the order as it is).
        foreach (var term in counts.Keys)
        {
            ref var count = ref CollectionsMarshal.GetValueRefOrNullRef(counts, term);
            count = (1 + Math.Log(count)) * (term.IsShared ? options.AnchorWeight : 1);
        }
        return new ArticleTerms(language, counts, words);

        void Count(string text, double weight)
        {
            // Tokenised once for the words and the anchors.
            var tokens = Tokenizer.Tokenize(text);
            words.EnsureCapacity(words.Count + tokens.Count);
            foreach (var word in StemmedWords.Of(tokens, language))
            {
                if (StopWords.Contains(word.Surface, language)) continue;
                var term = new Term(language, word.Stem);
                counts[term] = counts.GetValueOrDefault(term) + weight;
                words.Add((term, word.Surface));
            }
            if (options.AnchorWeight <= 0) return;
            foreach (var anchor in SharedAnchors.Of(text, tokens))
            {
                var term = new Term(Term.Shared, anchor);
                counts[term] = counts.GetValueOrDefault(term) + weight;
            }
        }
    }
}
