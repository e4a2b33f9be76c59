using Watchdog.Analysis.Languages.Training;
using Watchdog.Analysis.Text;

namespace Watchdog.Analysis.Languages.Models;

/// <summary>
/// Naive-Bayes language model trained from text the project ships (<see cref="TrainingSentences"/>): the
/// log-likelihood of a text's words under each language, from word frequencies backed off to character
/// n-grams. Trained in memory at first use (about 1.5 s of CPU, 22 MB kept); read-only and thread-safe afterwards.
/// </summary>
public sealed class TrainedLanguageModel
{
    private static readonly Lazy<TrainedLanguageModel> ShippedModel = new(() => Train(TrainingSentences.All));

    private readonly WordUnigramModel _words;

    private TrainedLanguageModel(IReadOnlyList<string> languages, WordUnigramModel words)
    {
        Languages = languages;
        _words = words;
    }

    /// <summary>The model trained on every shipped sentence: what <see cref="LanguageDetector.Default"/> uses.</summary>
    public static TrainedLanguageModel Shipped => ShippedModel.Value;

    /// <summary>The languages scored, in the order of <see cref="LogLikelihoods"/>.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>Trains on the given sentences; every language that has a sentence is scored.</summary>
    public static TrainedLanguageModel Train(IEnumerable<TrainingSentence> sentences)
    {
        var byLanguage = sentences
            .GroupBy(sentence => sentence.Language, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .ToList();
        var wordCounts = byLanguage
            .Select(group => (IReadOnlyDictionary<string, int>)group
                .SelectMany(sentence => MainScriptWords.Select(ModelWords(sentence.Text)))
                .GroupBy(word => word, StringComparer.Ordinal)
                .ToDictionary(words => words.Key, words => words.Count(), StringComparer.Ordinal))
            .ToList();
        return new TrainedLanguageModel([.. byLanguage.Select(group => group.Key)], WordUnigramModel.Train(wordCounts));
    }

    /// <summary>The words the model reads in a text: <see cref="Tokenizer"/>'s normalised words that have a letter.</summary>
    public static IReadOnlyList<string> ModelWords(string text) => [.. Tokenizer.Words(text).Where(word => Letters.Any(word))];

    /// <returns>
    /// Σ log P(word | language) over the words of <paramref name="words"/> in their main script (as in training),
    /// per language in the order of <see cref="Languages"/>.
    /// </returns>
    public double[] LogLikelihoods(IReadOnlyList<string> words)
    {
        var logLikelihoods = new double[Languages.Count];
        foreach (var word in MainScriptWords.Select(words)) _words.AddLogProbabilities(word, logLikelihoods);
        return logLikelihoods;
    }
}
