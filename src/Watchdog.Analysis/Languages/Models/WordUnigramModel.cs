namespace Watchdog.Analysis.Languages.Models;

/// <summary>
/// How likely each language is to use a whole word: its relative frequency in the language's training text,
/// backed off to the character model for words the text never used (Witten–Bell again: the more distinct
/// words a language's text had, the more weight unseen words keep).
/// </summary>
internal sealed class WordUnigramModel
{
    private readonly int _languages;
    private readonly SparseTable<string, float> _counts;
    private readonly double[] _logTotalsPlusTypes;
    private readonly double[] _logTypes;
    private readonly CharacterNgramModel _characters;

    private WordUnigramModel(int languages, SparseTable<string, float> counts, double[] logTotalsPlusTypes, double[] logTypes, CharacterNgramModel characters)
    {
        _languages = languages;
        _counts = counts;
        _logTotalsPlusTypes = logTotalsPlusTypes;
        _logTypes = logTypes;
        _characters = characters;
    }

    /// <param name="wordCounts">Per language (by index), how often each word occurred; every language needs some words.</param>
    public static WordUnigramModel Train(IReadOnlyList<IReadOnlyDictionary<string, int>> wordCounts)
    {
        var languages = wordCounts.Count;
        var logTotalsPlusTypes = new double[languages];
        var logTypes = new double[languages];
        for (var language = 0; language < languages; language++)
        {
            if (wordCounts[language].Count == 0) throw new ArgumentException($"Language #{language} has no training words.", nameof(wordCounts));
            logTotalsPlusTypes[language] = Math.Log(wordCounts[language].Values.Sum(count => (double)count) + wordCounts[language].Count);
            logTypes[language] = Math.Log(wordCounts[language].Count);
        }
        var counts = SparseTable<string, float>.Build([.. wordCounts.Select(words => (IReadOnlyDictionary<string, float>)words.ToDictionary(pair => pair.Key, pair => (float)pair.Value, StringComparer.Ordinal))]);
        return new WordUnigramModel(languages, counts, logTotalsPlusTypes, logTypes, CharacterNgramModel.Train(wordCounts));
    }

    /// <summary>Adds log P(word | language) to each language's entry of <paramref name="logProbabilities"/>.</summary>
    public void AddLogProbabilities(string word, Span<double> logProbabilities)
    {
        Span<double> spelling = stackalloc double[_languages];
        _characters.AddLogProbabilities(word, spelling);
        var seen = _counts.Row(word);
        var next = 0;
        for (var language = 0; language < _languages; language++)
        {
            // (count + types · P_chars) / (tokens + types), in logs so that long words cannot underflow.
            var unseenShare = _logTypes[language] + spelling[language];
            var count = next < seen.Length && seen[next].Language == language ? seen[next++].Value : 0;
            var logNumerator = count > 0 ? LogAddExp(Math.Log(count), unseenShare) : unseenShare;
            logProbabilities[language] += logNumerator - _logTotalsPlusTypes[language];
        }
    }

    private static double LogAddExp(double a, double b) =>
        a > b ? a + Math.Log(1 + Math.Exp(b - a)) : b + Math.Log(1 + Math.Exp(a - b));
}
