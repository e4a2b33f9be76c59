namespace Watchdog.Analysis.Stories.Evaluation;

/// <summary>
/// Pairwise clustering scores: precision is the share of item pairs put together that belong together, recall
/// the share of pairs that belong together that were put together.
/// </summary>
public sealed record PairwiseScores(double Precision, double Recall, long PairsTogether, long PairsBelongingTogether)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static PairwiseScores Measure(IEnumerable<IReadOnlyList<long>> clusters, IReadOnlyDictionary<long, string> truth)
    {
        var clusterOf = new Dictionary<long, long>();
        var number = 0;
        foreach (var cluster in clusters)
        {
            foreach (var id in cluster) clusterOf.Add(id, number);
            number++;
        }
        return Measure(clusterOf, truth);
    }

    /// <param name="clusterOf">The cluster each item was put in.</param>
    /// <param name="truth">The group each item belongs to; only these items are scored.</param>
    /// <param name="includes">Which pairs count (e.g. only pairs in two languages); all when null.</param>
    public static PairwiseScores Measure(
        IReadOnlyDictionary<long, long> clusterOf, IReadOnlyDictionary<long, string> truth, Func<long, long, bool>? includes = null)
    {
        var ids = truth.Keys.Order().ToList();
        long together = 0, belonging = 0, both = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            for (var j = i + 1; j < ids.Count; j++)
            {
                if (includes is not null && !includes(ids[i], ids[j])) continue;
                var sameCluster = clusterOf[ids[i]] == clusterOf[ids[j]];
                var sameTruth = truth[ids[i]] == truth[ids[j]];
                if (sameCluster) together++;
                if (sameTruth) belonging++;
                if (sameCluster && sameTruth) both++;
            }
        }
        return new PairwiseScores(
            together == 0 ? 1 : (double)both / together,
            belonging == 0 ? 1 : (double)both / belonging,
            together,
            belonging);
    }

    public override string ToString() => $"precision {Precision:F3}, recall {Recall:F3}, F1 {F1:F3} ({PairsTogether} pairs together, {PairsBelongingTogether} belonging together)";
}
