using Watchdog.Core.Articles;

namespace Watchdog.Analysis.Tones.Training;

/// <summary>Agreement of predicted tones with gold ones: accuracy, F1 per tone and their unweighted mean (macro-F1).</summary>
public sealed record ToneScores(int Count, double Accuracy, double MacroF1, IReadOnlyDictionary<string, double> F1)
{
    public static ToneScores Of(IReadOnlyList<Tone> gold, IReadOnlyList<Tone> predicted)
    {
        if (gold.Count != predicted.Count) throw new ArgumentException("Gold and predicted tones differ in number.");
        var f1 = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var tone in ToneLabels.All)
        {
            int truePositives = 0, predictedCount = 0, goldCount = 0;
            for (var i = 0; i < gold.Count; i++)
            {
                if (predicted[i] == tone) predictedCount++;
                if (gold[i] == tone) goldCount++;
                if (predicted[i] == tone && gold[i] == tone) truePositives++;
            }
            f1[tone.Label()] = predictedCount + goldCount == 0 ? 0 : 2.0 * truePositives / (predictedCount + goldCount);
        }
        var correct = gold.Where((g, i) => predicted[i] == g).Count();
        return new ToneScores(gold.Count, gold.Count == 0 ? 0 : (double)correct / gold.Count, f1.Values.Average(), f1);
    }
}
