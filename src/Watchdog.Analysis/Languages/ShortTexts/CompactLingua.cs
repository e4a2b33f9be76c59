using Lingua;
using Watchdog.Analysis.Text;

namespace Watchdog.Analysis.Languages.ShortTexts;

/// <summary>
/// Lingua's high-accuracy confidences (n-grams of orders 1 to 5) computed over <see cref="NgramTables"/> instead of
/// Lingua's in-memory models: the same sums of log probabilities in the same order, so the same doubles, at a fraction
/// of the memory (Lingua's 1–5-gram dictionaries of 13 languages took ≈ 245 MB; bench/results/memory.json lists both).
/// Short texts (posts, titles, a query's words) need every order; articles (from 120 cleaned characters, as Lingua)
/// trigrams alone, with the same back-off to shorter n-grams as Lingua. Thread-safe.
/// </summary>
internal sealed class CompactLingua
{
    /// <summary>From this many cleaned characters Lingua scores trigrams only, in either accuracy mode.</summary>
    private const int TrigramsOnlyFrom = 120;

    private const int HighestOrder = 5;

    private readonly IReadOnlyCollection<Language> _languages;
    /// <summary>Lingua's own text cleaning (lower-cased, without punctuation and digits, one space between words).</summary>
    private static readonly Func<string, string> CleanUp = LinguaInternals.CleanUpInputText();

    private readonly LinguaLetterRules _letterRules;
    private readonly NgramTables _tables;

    /// <param name="rulesDetector">A Lingua detector of exactly the languages to score (any accuracy mode): its rules are used.</param>
    public CompactLingua(Lingua.LanguageDetector rulesDetector, NgramTables tables)
    {
        _languages = [.. rulesDetector.Languages];
        _letterRules = new LinguaLetterRules(rulesDetector);
        _tables = tables;
    }

    /// <returns>Every language's confidence (0 for most), as Lingua's <c>ComputeLanguageConfidenceValues</c> gives them.</returns>
    public Dictionary<Language, double> ComputeLanguageConfidenceValues(string text)
    {
        var values = _languages.ToDictionary(language => language, _ => 0.0);
        var cleaned = CleanUp(text);
        if (!Letters.Any(cleaned)) return values;

        var byRules = _letterRules.LanguageByRules(cleaned);
        if (byRules != Language.Unknown)
        {
            values[byRules] = 1;
            return values;
        }
        var filtered = _letterRules.LanguagesByRules(cleaned);
        if (filtered.Count == 1)
        {
            values[filtered[0]] = 1;
            return values;
        }

        int[] orders = cleaned.Length >= TrigramsOnlyFrom ? [3] : [.. Enumerable.Range(1, HighestOrder).Where(order => cleaned.Length >= order)];
        var ngrams = orders.Select(order => new TextNgrams(cleaned, order)).ToArray();
        var sums = ngrams.Select(ofOrder => LogProbabilitySums(ofOrder, filtered)).ToArray();
        var unigramCounts = orders[0] == 1 ? UnigramCounts(ngrams[0], filtered) : [];

        var summed = new Dictionary<Language, double>();
        foreach (var language in filtered)
        {
            var sum = 0d;
            foreach (var order in sums) sum += order.GetValueOrDefault(language);
            if (unigramCounts.TryGetValue(language, out var count)) sum /= count;
            if (sum != 0) summed[language] = Math.Exp(sum);
        }
        if (summed.Count == 0) return values;

        var denominator = summed.Values.Sum();
        if (denominator == 0)
        {
            // The exponents underflowed: Lingua gives everything to the best of the lowest order's sums.
            values[sums[0].MaxBy(pair => pair.Value).Key] = 1;
            return values;
        }
        foreach (var (language, probability) in summed) values[language] = probability / denominator;
        return values;
    }

    /// <summary>Per language, the sum of each n-gram's log probability, backing off to its prefixes when it is unknown; only negative sums kept.</summary>
    private Dictionary<Language, double> LogProbabilitySums(TextNgrams ngrams, IReadOnlyList<Language> languages)
    {
        var sums = new Dictionary<Language, double>();
        foreach (var language in languages)
        {
            var sum = 0d;
            for (var i = 0; i < ngrams.Count; i++)
            {
                var ngram = ngrams[i];
                for (var length = ngram.Length; length > 0; length--)
                {
                    var probability = _tables.Table(language, length).Probability(ngram[..length]);
                    if (probability > 0)
                    {
                        sum += Math.Log(probability);
                        break;
                    }
                }
            }
            if (sum < 0) sums[language] = sum;
        }
        return sums;
    }

    /// <summary>Per language, how many of the text's letters its unigram model knows (a language that knows none is absent).</summary>
    private Dictionary<Language, int> UnigramCounts(TextNgrams unigrams, IReadOnlyList<Language> languages)
    {
        var counts = new Dictionary<Language, int>();
        foreach (var language in languages)
        {
            var table = _tables.Table(language, 1);
            var known = 0;
            for (var i = 0; i < unigrams.Count; i++)
            {
                if (table.Probability(unigrams[i]) > 0) known++;
            }
            if (known > 0) counts[language] = known;
        }
        return counts;
    }
}
