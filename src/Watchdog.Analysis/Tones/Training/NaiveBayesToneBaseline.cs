using Watchdog.Analysis.Text;
using Watchdog.Core.Articles;

namespace Watchdog.Analysis.Tones.Training;

/// <summary>
/// The baseline the tone model is measured against: multinomial naive Bayes over lower-cased words (no stems, no
/// n-grams), add-one smoothing, class priors from the training set. Evaluation only; never shipped.
/// </summary>
public sealed class NaiveBayesToneBaseline
{
    private static readonly int Tones = ToneLabels.All.Count;
    private readonly Dictionary<string, int[]> _wordCounts;
    private readonly double[] _logPriors;
    private readonly double[] _logUnseen;
    private readonly int _vocabulary;

    private NaiveBayesToneBaseline(Dictionary<string, int[]> wordCounts, double[] logPriors, long[] totals)
    {
        _wordCounts = wordCounts;
        _logPriors = logPriors;
        _vocabulary = wordCounts.Count;
        _logUnseen = [.. totals.Select(total => -Math.Log(total + _vocabulary))];
    }

    public static NaiveBayesToneBaseline Train(IReadOnlyList<ToneExample> examples)
    {
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var documents = new int[Tones];
        var totals = new long[Tones];
        foreach (var example in examples)
        {
            var t = (int)example.Tone;
            documents[t]++;
            foreach (var word in Tokenizer.Words(example.Text))
            {
                if (!counts.TryGetValue(word, out var perTone)) counts[word] = perTone = new int[Tones];
                perTone[t]++;
                totals[t]++;
            }
        }
        var priors = documents.Select(d => Math.Log((d + 1.0) / (examples.Count + Tones))).ToArray();
        return new NaiveBayesToneBaseline(counts, priors, totals);
    }

    public Tone Classify(string text)
    {
        var scores = (double[])_logPriors.Clone();
        foreach (var word in Tokenizer.Words(text))
        {
            if (!_wordCounts.TryGetValue(word, out var perTone)) continue; // unseen in training: no evidence either way
            for (var t = 0; t < Tones; t++) scores[t] += Math.Log(perTone[t] + 1.0) + _logUnseen[t];
        }
        var best = 0;
        for (var t = 1; t < Tones; t++) if (scores[t] > scores[best]) best = t;
        return ToneLabels.All[best];
    }

    /// <summary>Words seen in training.</summary>
    public int Vocabulary => _vocabulary;
}
