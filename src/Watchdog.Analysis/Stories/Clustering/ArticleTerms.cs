namespace Watchdog.Analysis.Stories.Clustering;

/// <summary>
/// An article's term frequencies (title words counted <see cref="StoryClusteringOptions.TitleBoost"/> times,
/// dampened as 1 + ln tf so one repeated word does not dominate) and the written form of each of its words;
/// function words (<see cref="StopWords"/>) are left out.
/// </summary>
internal sealed record ArticleTerms(string Language, IReadOnlyDictionary<Term, double> Frequencies, IReadOnlyList<(Term Term, string Surface)> Words)
{
    public static ArticleTerms Of(StoryArticle article, double titleBoost)
    {
        var language = string.IsNullOrWhiteSpace(article.Language) ? Languages.LanguageCodes.Undetermined : article.Language;
        var counts = new Dictionary<Term, double>();
        var words = new List<(Term, string)>();
        Count(article.Title ?? "", titleBoost);
        Count(article.Text ?? "", 1);
        var frequencies = counts.ToDictionary(pair => pair.Key, pair => 1 + Math.Log(pair.Value));
        return new ArticleTerms(language, frequencies, words);

        void Count(string text, double weight)
        {
            foreach (var word in StemmedWords.Of(text, language))
            {
                if (StopWords.Contains(word.Surface, language)) continue;
                var term = new Term(language, word.Stem);
                counts[term] = counts.GetValueOrDefault(term) + weight;
                words.Add((term, word.Surface));
            }
        }
    }
}
