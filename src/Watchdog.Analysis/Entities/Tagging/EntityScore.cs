namespace Watchdog.Analysis.Entities.Tagging;

/// <summary>Entity-level precision, recall and F1 (conlleval: a predicted entity counts only with its exact span and type).</summary>
public sealed record EntityScore(int Gold, int Predicted, int Correct, IReadOnlyDictionary<string, EntityScore>? ByType = null)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static EntityScore Of(IReadOnlyList<IReadOnlyList<string>> gold, IReadOnlyList<IReadOnlyList<string>> predicted)
    {
        if (gold.Count != predicted.Count) throw new ArgumentException("One predicted tag sequence per gold sequence is needed.");
        var counts = new Dictionary<string, int[]>();
        for (var s = 0; s < gold.Count; s++)
        {
            var goldSpans = TaggedSpan.FromTags(gold[s]);
            var predictedSpans = TaggedSpan.FromTags(predicted[s]).ToHashSet();
            foreach (var span in goldSpans) Counts(span.Type)[0]++;
            foreach (var span in predictedSpans) Counts(span.Type)[1]++;
            foreach (var span in goldSpans) if (predictedSpans.Contains(span)) Counts(span.Type)[2]++;
        }
        var byType = counts.OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => new EntityScore(c.Value[0], c.Value[1], c.Value[2]));
        return new EntityScore(byType.Values.Sum(v => v.Gold), byType.Values.Sum(v => v.Predicted), byType.Values.Sum(v => v.Correct), byType);

        int[] Counts(string type) => counts.TryGetValue(type, out var c) ? c : counts[type] = new int[3];
    }
}
